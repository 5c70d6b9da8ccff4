/** Patients rate a completed visit from their status page (once per ticket); supervisors read the results. */
package org.clinicqueue.application.feedback;
