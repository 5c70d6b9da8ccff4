package org.clinicqueue.domain.appointment;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.clinicqueue.domain.InvalidInputException;

/**
 * A stretch of wall-clock time within one day, start included and end excluded ({@code 09:00-13:00}). Working
 * hours, breaks and partial-day leave are all written like this, in the hospital's local time; a range never
 * crosses midnight (a night clinic is two ranges on two days).
 */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        if (start == null || end == null) {
            throw new InvalidInputException("invalid-times", "Give both a start and an end time.");
        }
        if (!start.isBefore(end)) {
            throw new InvalidInputException("invalid-times", "The end time (" + end + ") must be after the start time (" + start + ").");
        }
    }

    public static TimeRange of(String start, String end) {
        return new TimeRange(time(start), time(end));
    }

    /** {@code "13:00-14:00"}. */
    public static TimeRange parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new InvalidInputException("invalid-times", "Write a time range as 13:00-14:00, not '" + text + "'.");
        }
        return of(parts[0], parts[1]);
    }

    /** {@code "10:30-10:45, 13:00-14:00"}, as breaks are stored; blank means none. */
    public static List<TimeRange> parseList(String text) {
        List<TimeRange> ranges = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return ranges;
        }
        for (String part : text.split(",")) {
            if (!part.isBlank()) {
                ranges.add(parse(part));
            }
        }
        ranges.sort(Comparator.comparing(TimeRange::start));
        return ranges;
    }

    public static String format(List<TimeRange> ranges) {
        return ranges.stream().map(TimeRange::toString).collect(Collectors.joining(","));
    }

    public static LocalTime time(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("invalid-times", "Give a time such as 09:30.");
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-times", "'" + text + "' is not a time; write it as 09:30.");
        }
    }

    public boolean overlaps(TimeRange other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public boolean contains(TimeRange other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    public long minutes() {
        return java.time.Duration.between(start, end).toMinutes();
    }

    @Override
    public String toString() {
        return start + "-" + end;
    }
}
