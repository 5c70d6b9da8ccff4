/** The supervisor board's reads: every service's load and figures of the day, every counter, overdue patients. */
package org.clinicqueue.application.supervision;
