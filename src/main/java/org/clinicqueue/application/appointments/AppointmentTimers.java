package org.clinicqueue.application.appointments;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicqueue.domain.staff.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Every minute, on every node: queue due reminders, then mark no-shows ({@link AppointmentSweeps}; safe to
 * run on several nodes at once). Non-persistent: a missed run is simply caught up by the next one. Runs as
 * the principal {@code appointments}, which is what the audit trail records for no-shows.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.SUPERVISOR)
@RunAsPrincipal("appointments")
public class AppointmentTimers {

    private static final Logger LOG = Logger.getLogger(AppointmentTimers.class.getName());

    @Inject
    private AppointmentSweeps sweeps;

    /** Outside a transaction, so each sweep commits on its own and one failing does not undo the other. */
    @Schedule(second = "0", minute = "*", hour = "*", persistent = false, info = "appointment reminders and no-shows")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void everyMinute() {
        try {
            int reminded = sweeps.sendDueReminders();
            if (reminded > 0) {
                LOG.fine(() -> reminded + " appointment reminder(s) queued");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Appointment reminders failed; the next run tries again", e);
        }
        try {
            int missed = sweeps.markNoShows();
            if (missed > 0) {
                LOG.fine(() -> missed + " appointment(s) marked as no-show");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Marking appointment no-shows failed; the next run tries again", e);
        }
    }
}
