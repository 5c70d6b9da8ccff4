package org.clinicqueue.domain.appointment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** How a {@link WorkingDay} is stored: one row per working day of the week, breaks as {@code 13:00-14:00,...}. */
@Embeddable
public class WorkingDayRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 9)
    private DayOfWeek day;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;

    @Column(length = 200)
    private String breaks;

    protected WorkingDayRow() {
    }

    WorkingDayRow(WorkingDay day) {
        this.day = day.day();
        this.startsAt = day.hours().start();
        this.endsAt = day.hours().end();
        this.breaks = day.breaks().isEmpty() ? null : TimeRange.format(day.breaks());
    }

    public WorkingDay toWorkingDay() {
        return new WorkingDay(day, new TimeRange(startsAt, endsAt), TimeRange.parseList(breaks));
    }
}
