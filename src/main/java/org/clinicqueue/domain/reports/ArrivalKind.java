package org.clinicqueue.domain.reports;

/** How a visit began: a token issued by the service, or a patient sent from another service. */
public enum ArrivalKind {
    ISSUED,
    TRANSFERRED_IN
}
