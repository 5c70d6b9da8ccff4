package org.clinicqueue.domain.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.clinicqueue.domain.InvalidInputException;

/**
 * Days from {@code from} to {@code to}, both included, in the hospital's time zone. A day runs from local
 * midnight to the next local midnight, so it lasts 23 or 25 hours when clocks change; {@link #start()} and
 * {@link #end()} are the UTC instants stored times are compared with.
 */
public record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    /** A year and a day: a leap year's report from 1 January to 1 January next year still fits. */
    public static final int MAX_DAYS = 367;

    public ReportPeriod {
        if (from == null || to == null || zone == null) {
            throw new InvalidInputException("invalid-period", "A report needs a first and a last day.");
        }
        if (from.isAfter(to)) {
            throw new InvalidInputException("invalid-period", "The first day " + from + " is after the last day " + to + ".");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("invalid-period", "Choose at most " + MAX_DAYS + " days.");
        }
    }

    public static ReportPeriod day(LocalDate day, ZoneId zone) {
        return new ReportPeriod(day, day, zone);
    }

    /** The first instant of {@code from}, local midnight (or the first valid time, where midnight is skipped). */
    public Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after {@code to}. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    public LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    public List<LocalDate> days() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(d);
        }
        return days;
    }

    public long dayCount() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
