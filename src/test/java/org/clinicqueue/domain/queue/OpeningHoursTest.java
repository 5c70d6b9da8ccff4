package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static ZonedDateTime at(int day, int hour, int minute) {
        // 2026-03-02 is a Monday
        return ZonedDateTime.of(2026, 3, day, hour, minute, 0, 0, KOLKATA);
    }

    @Test
    void daytimeHoursOnWeekdays() {
        OpeningHours hours = new OpeningHours(OpeningHours.parseDays("MON,TUE,WED,THU,FRI"), LocalTime.of(8, 0), LocalTime.of(14, 0));

        assertThat(hours.isOpenAt(at(2, 8, 0))).isTrue();
        assertThat(hours.isOpenAt(at(2, 13, 59))).isTrue();
        assertThat(hours.isOpenAt(at(2, 14, 0))).isFalse();
        assertThat(hours.isOpenAt(at(2, 7, 59))).isFalse();
        assertThat(hours.isOpenAt(at(7, 9, 0))).as("Saturday").isFalse();
    }

    @Test
    void overnightHoursRunPastMidnightIntoTheNextDay() {
        OpeningHours nights = new OpeningHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(20, 0), LocalTime.of(6, 0));

        assertThat(nights.isOpenAt(at(2, 23, 0))).isTrue();
        assertThat(nights.isOpenAt(at(3, 5, 59))).as("Tuesday early morning, Monday's night").isTrue();
        assertThat(nights.isOpenAt(at(3, 23, 0))).as("Tuesday night").isFalse();
        assertThat(nights.isOpenAt(at(2, 5, 0))).as("Monday early morning belongs to Sunday's night").isFalse();
    }

    @Test
    void alwaysOpenAndBadDefinitions() {
        assertThat(OpeningHours.ALWAYS.isOpenAt(at(8, 3, 0))).isTrue();
        assertThatThrownBy(() -> new OpeningHours(EnumSet.noneOf(DayOfWeek.class), null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new OpeningHours(EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> OpeningHours.parseDays("MON,FUNDAY")).hasMessageContaining("FUNDAY");
        assertThat(OpeningHours.parseDays("mon, sat").toString()).contains("MONDAY", "SATURDAY");
    }
}
