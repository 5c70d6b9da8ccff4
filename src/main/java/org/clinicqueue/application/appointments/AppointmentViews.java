package org.clinicqueue.application.appointments;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.application.sms.PatientLinks;
import org.clinicqueue.domain.appointment.Appointment;
import org.clinicqueue.domain.appointment.AppointmentRules;
import org.clinicqueue.domain.appointment.AppointmentStatus;
import org.clinicqueue.domain.appointment.VisitStage;
import org.clinicqueue.domain.queue.Ticket;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.domain.sms.PhoneMask;

/** Builds {@link AppointmentView}s: local date and time, expected time, the patient's cut-off, links. */
@Dependent
public class AppointmentViews {

    @Inject
    private HospitalClock clock;

    @Inject
    private Settings settings;

    @Inject
    private PatientLinks links;

    /** @param staff whether the full phone number may be shown */
    public AppointmentView of(Appointment a, boolean staff) {
        ZoneId zone = clock.zone();
        Instant now = clock.now();
        int late = a.getDoctor().getRoom().getLateMinutes();
        Instant changeUntil = a.getSlotStart().minus(Duration.ofMinutes(settings.get(SettingKey.APPOINTMENT_CHANGE_CUTOFF_MINUTES)));
        boolean mayChange = a.getStatus() == AppointmentStatus.BOOKED && !now.isAfter(changeUntil);
        Ticket t = a.getTicket();
        var local = a.getSlotStart().atZone(zone);
        return new AppointmentView(a.getCode(), a.getReference(), a.getStatus().name(),
                VisitStage.of(a.getStatus(), t == null ? null : t.getStatus()).name(),
                a.getDoctor().getId(), a.getDoctor().getName(), a.getDoctor().getSpecialisation(), a.getDoctor().getRoom().getName(),
                a.getService().getCode(), a.getService().getName(),
                a.getSlotStart(), a.getSlotEnd(), local.toLocalDate(), local.toLocalTime().toString(), zone.getId(),
                a.getPatientName(), a.getPhone() == null ? null : staff ? a.getPhone() : PhoneMask.mask(a.getPhone()),
                a.getLanguage(), a.getReason(),
                AppointmentRules.expectedAt(a.getSlotStart(), late, now, zone), AppointmentRules.isCheckInDay(a.getSlotStart(), now, zone) ? late : 0,
                mayChange, changeUntil, a.getBookedAt(), staff ? a.getBookedBy() : null, a.getRescheduleCount(),
                a.getCancelledAt(), a.getCancelReason(), a.getCheckedInAt(), a.isKeptSlotPriority(),
                t == null ? null : t.displayNumber(), t == null ? null : t.getTrackingId(), t == null ? null : t.getStatus().name(),
                t == null ? null : links.ticketStatus(t.getTrackingId()), links.appointment(a.getCode()));
    }
}
