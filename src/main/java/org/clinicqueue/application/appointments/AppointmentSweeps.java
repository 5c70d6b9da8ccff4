package org.clinicqueue.application.appointments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.appointment.AppointmentRules;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.staff.Role;

/**
 * The appointment work nobody asks for: reminders before appointments and no-show marking after them. Run by
 * {@link AppointmentTimers} every minute on every node of a cluster; each method is one short transaction that
 * claims its rows with {@code FOR UPDATE SKIP LOCKED} and records the work on them in the same transaction
 * (the reminder's time, the NO_SHOW status), so two nodes never do the same row, and a row done once is not
 * selected again. The reminder SMS's dedup key guards even against a claim lost in between.
 */
@Stateless
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.ADMIN})
public class AppointmentSweeps {

    /** Rows per run: a backlog (after downtime) is worked off over a few minutes, in short transactions. */
    static final int BATCH = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AppointmentMessages messages;

    @Inject
    private QueueHistory history;

    @Inject
    private SlotRules slots;

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    /** @return how many reminders were queued */
    public int sendDueReminders() {
        int leadMinutes = settings.get(SettingKey.APPOINTMENT_REMINDER_MINUTES);
        if (leadMinutes == 0) {
            return 0;
        }
        Duration lead = Duration.ofMinutes(leadMinutes);
        Instant now = clock.now();
        // Booked before the reminder was due (a later booking's confirmation says it all), not reminded yet.
        List<Appointment> due = claim(em.createNativeQuery("SELECT id FROM appointment WHERE status = 'BOOKED' "
                        + "AND reminder_sent_at IS NULL AND phone IS NOT NULL AND slot_start > ?1 AND slot_start <= ?2 "
                        + "AND slot_chosen_at < slot_start - INTERVAL " + lead.toMinutes() + " MINUTE "
                        + "ORDER BY slot_start LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now)
                .setParameter(2, now.plus(lead)));
        int sent = 0;
        for (Appointment a : due) {
            if (AppointmentRules.reminderDue(a.getSlotStart(), a.getSlotChosenAt(), now, lead)) {
                messages.reminder(a);
                sent++;
            }
            a.markReminded(now);
        }
        return sent;
    }

    /** @return how many bookings were marked as no-shows */
    public int markNoShows() {
        Duration grace = Duration.ofMinutes(settings.get(SettingKey.APPOINTMENT_NO_SHOW_MINUTES));
        Instant now = clock.now();
        List<Appointment> missed = claim(em.createNativeQuery("SELECT id FROM appointment WHERE status = 'BOOKED' AND slot_start < ?1 "
                        + "ORDER BY slot_start LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED")
                .setParameter(1, now.minus(grace)));
        for (Appointment a : missed) {
            a.markNoShow(now);
            history.appointment(AuditAction.APPOINTMENT_NO_SHOW, a, null, "not checked in by " + slots.describe(a.getSlotStart().plus(grace))
                    + " (slot " + slots.describe(a.getSlotStart()) + ")");
        }
        return missed.size();
    }

    /** Runs the locking query (rows another node holds are skipped) and loads the claimed appointments. */
    private List<Appointment> claim(jakarta.persistence.Query lockingQuery) {
        List<?> ids = lockingQuery.getResultList();
        return ids.stream().map(id -> em.find(Appointment.class, ((Number) id).longValue())).toList();
    }
}
