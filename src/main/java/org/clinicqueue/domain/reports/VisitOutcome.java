package org.clinicqueue.domain.reports;

/** How a ticket's stay in one service ended (its last outcome there, if it came back after a transfer). */
public enum VisitOutcome {
    /** Completed at a counter of the service. */
    SERVED,
    /** Called and did not come (finally: a no-show that went back to the queue and was then served is SERVED). */
    NO_SHOW,
    /** Cancelled by the patient or staff, or ended when a supervisor closed the day's session. */
    CANCELLED,
    /** Sent to another service and did not come back to end here. */
    TRANSFERRED_OUT,
    /** Still waiting or at a counter when the history was read. */
    OPEN
}
