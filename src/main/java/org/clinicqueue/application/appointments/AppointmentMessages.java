package org.clinicqueue.application.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.sms.PatientLinks;
import org.clinicqueue.application.sms.SmsDraft;
import org.clinicqueue.application.sms.SmsOutbox;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.sms.SmsKind;

/**
 * The text messages of an appointment, queued in the outbox in the caller's transaction (so a message exists
 * exactly when the change it confirms committed) and sent through the gateway of the patient pages. Each has a
 * dedup key, so a retried or concurrent attempt never queues a second copy. Bookings without a phone get none.
 */
@Dependent
public class AppointmentMessages {

    @Inject
    private SmsOutbox outbox;

    @Inject
    private PatientLinks links;

    @Inject
    private HospitalClock clock;

    public void booked(Appointment a) {
        queue(SmsKind.APPOINTMENT_BOOKED, a, links.appointment(a.getCode()), "appt-booked:" + a.getId());
    }

    public void rescheduled(Appointment a) {
        queue(SmsKind.APPOINTMENT_RESCHEDULED, a, links.appointment(a.getCode()), "appt-moved:" + a.getId() + ":" + a.getRescheduleCount());
    }

    public void cancelled(Appointment a) {
        queue(SmsKind.APPOINTMENT_CANCELLED, a, links.booking(a.getService().getCode()), "appt-cancelled:" + a.getId());
    }

    public void reminder(Appointment a) {
        queue(SmsKind.APPOINTMENT_REMINDER, a, links.appointment(a.getCode()),
                "appt-reminder:" + a.getId() + ":" + a.getSlotStart().getEpochSecond());
    }

    /** The doctor will not be there: the patient is asked to choose another time (dedup per exception). */
    public void doctorAway(Appointment a, Long exceptionId) {
        queue(SmsKind.APPOINTMENT_DOCTOR_AWAY, a, links.appointment(a.getCode()), "appt-away:" + a.getId() + ":" + exceptionId);
    }

    private void queue(SmsKind kind, Appointment a, String link, String dedupKey) {
        if (a.getPhone() == null) {
            return;
        }
        ZoneId zone = clock.zone();
        ZonedDateTime local = a.getSlotStart().atZone(zone);
        Locale locale = Locale.forLanguageTag(a.getLanguage());
        Map<String, String> values = new LinkedHashMap<>();
        values.put("reference", a.getReference());
        values.put("doctor", a.getDoctor().getName());
        values.put("service", a.getService().getName());
        values.put("date", local.format(DateTimeFormatter.ofPattern("EEE d MMM", locale)));
        values.put("time", local.format(DateTimeFormatter.ofPattern("HH:mm", locale)));
        values.put("room", a.getDoctor().getRoom().getName());
        values.put("link", link);
        outbox.queue(new SmsDraft(kind, a.getPhone(), a.getLanguage(), values, null, a.getReference(), dedupKey));
    }
}
