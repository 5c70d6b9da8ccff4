package org.clinicqueue.domain.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which past days the nightly summary must (re)compute. A day is summarised the first time the timer runs
 * after it ended, and once more after the following day ended: tickets still open at midnight, and ratings
 * given the next day, are then in. A day is final after that second run and never recomputed by the timer
 * (an admin can). Days missed while no node ran are caught up, up to {@link #CATCH_UP_DAYS} back.
 */
public final class SummarySchedule {

    public static final int CATCH_UP_DAYS = 7;

    private SummarySchedule() {
    }

    /**
     * @param computedAt when each day's current summary was computed (days without one are absent)
     * @return the days to compute now, oldest first
     */
    public static List<LocalDate> daysDue(Instant now, ZoneId zone, Map<LocalDate, Instant> computedAt) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<LocalDate> due = new ArrayList<>();
        for (LocalDate day = today.minusDays(CATCH_UP_DAYS); day.isBefore(today); day = day.plusDays(1)) {
            Instant computed = computedAt.get(day);
            Instant finalAfter = day.plusDays(2).atStartOfDay(zone).toInstant();
            if (computed == null || (computed.isBefore(finalAfter) && !now.isBefore(finalAfter))) {
                due.add(day);
            }
        }
        return due;
    }

    /** Whether a summary computed at this instant already has everything the timer would add now. */
    public static boolean isUpToDate(LocalDate day, Instant computedAt, Instant now, ZoneId zone) {
        Instant finalAfter = day.plusDays(2).atStartOfDay(zone).toInstant();
        return computedAt != null && (!computedAt.isBefore(finalAfter) || now.isBefore(finalAfter));
    }
}
