package org.clinicqueue.domain.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryScheduleTest {

    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    private final Map<LocalDate, Instant> computed = new HashMap<>();

    private static Instant local(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(KOLKATA).toInstant();
    }

    @Test
    void yesterdayIsDueAfterMidnightThenTheDayBeforeIsRecomputedOnceAndIsFinal() {
        for (int back = 1; back <= SummarySchedule.CATCH_UP_DAYS; back++) {
            LocalDate day = MONDAY.minusDays(back);
            computed.put(day, local(day.plusDays(2), 0, 10));
        }
        Instant tuesdayNight = local(MONDAY.plusDays(1), 0, 7);
        assertThat(SummarySchedule.daysDue(tuesdayNight, KOLKATA, computed)).containsExactly(MONDAY);

        computed.put(MONDAY, tuesdayNight);
        assertThat(SummarySchedule.daysDue(local(MONDAY.plusDays(1), 13, 7), KOLKATA, computed)).isEmpty();

        Instant wednesdayNight = local(MONDAY.plusDays(2), 0, 7);
        assertThat(SummarySchedule.daysDue(wednesdayNight, KOLKATA, computed)).containsExactly(MONDAY, MONDAY.plusDays(1));

        computed.put(MONDAY, wednesdayNight);
        computed.put(MONDAY.plusDays(1), wednesdayNight);
        assertThat(SummarySchedule.daysDue(local(MONDAY.plusDays(3), 0, 7), KOLKATA, computed))
                .as("Monday is final; Tuesday gets its second run, Wednesday its first")
                .containsExactly(MONDAY.plusDays(1), MONDAY.plusDays(2));
    }

    @Test
    void missedDaysAreCaughtUpAWeekBack() {
        assertThat(SummarySchedule.daysDue(local(MONDAY, 9, 0), KOLKATA, computed))
                .hasSize(SummarySchedule.CATCH_UP_DAYS).startsWith(MONDAY.minusDays(7)).endsWith(MONDAY.minusDays(1));
    }

    @Test
    void aNodeSeesThatAnotherJustDidIt() {
        Instant now = local(MONDAY, 0, 8);
        assertThat(SummarySchedule.isUpToDate(MONDAY.minusDays(1), local(MONDAY, 0, 7), now, KOLKATA)).isTrue();
        assertThat(SummarySchedule.isUpToDate(MONDAY.minusDays(2), local(MONDAY.minusDays(1), 0, 7), now, KOLKATA)).isFalse();
        assertThat(SummarySchedule.isUpToDate(MONDAY.minusDays(1), null, now, KOLKATA)).isFalse();
    }
}
