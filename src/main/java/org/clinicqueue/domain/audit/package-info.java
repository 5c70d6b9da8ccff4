/** The audit trail: every change of a ticket, a counter or the configuration, with who, what, when and why. */
package org.clinicqueue.domain.audit;
