package org.clinicqueue.application.appointments;

import java.time.Instant;
import java.time.LocalDate;
import org.clinicqueue.domain.appointment.ScheduleException;

/** A dated exception as staff see it; {@code doctorId} null: a holiday for every doctor. */
public record ExceptionView(Long id, Long doctorId, String doctorName, String kind, LocalDate firstDate, LocalDate lastDate,
                            String startsAt, String endsAt, String reason, Instant createdAt, String createdBy, String description) {

    static ExceptionView of(ScheduleException e) {
        return new ExceptionView(e.getId(), e.getDoctor() == null ? null : e.getDoctor().getId(),
                e.getDoctor() == null ? null : e.getDoctor().getName(), e.getKind().name(), e.getFirstDate(), e.getLastDate(),
                e.getStartsAt() == null ? null : e.getStartsAt().toString(), e.getEndsAt() == null ? null : e.getEndsAt().toString(),
                e.getReason(), e.getCreatedAt(), e.getCreatedBy(), e.describe());
    }
}
