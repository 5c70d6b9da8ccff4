package org.clinicqueue.domain.queue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicqueue.domain.InvalidInputException;

/**
 * When a service takes new patients, in the hospital's local time: the days of the week, and from-to
 * times (both null: all day). A closing time before the opening time means the service runs past midnight.
 */
public record OpeningHours(Set<DayOfWeek> days, LocalTime opensAt, LocalTime closesAt) {

    public static final OpeningHours ALWAYS = new OpeningHours(EnumSet.allOf(DayOfWeek.class), null, null);

    public OpeningHours {
        if (days == null || days.isEmpty()) {
            throw new InvalidInputException("invalid-hours", "A service must be open on at least one day of the week.");
        }
        if ((opensAt == null) != (closesAt == null)) {
            throw new InvalidInputException("invalid-hours", "Give both the opening and the closing time, or neither (open all day).");
        }
        if (opensAt != null && opensAt.equals(closesAt)) {
            throw new InvalidInputException("invalid-hours", "The opening and closing times must differ.");
        }
        days = EnumSet.copyOf(days);
    }

    public boolean isOpenAt(ZonedDateTime localTime) {
        LocalTime time = localTime.toLocalTime();
        DayOfWeek day = localTime.getDayOfWeek();
        if (opensAt == null) {
            return days.contains(day);
        }
        if (opensAt.isBefore(closesAt)) {
            return days.contains(day) && !time.isBefore(opensAt) && time.isBefore(closesAt);
        }
        // Overnight: open from opensAt on an open day until closesAt the next morning.
        return (days.contains(day) && !time.isBefore(opensAt))
                || (days.contains(day.minus(1)) && time.isBefore(closesAt));
    }

    /** "MON,TUE,WED" as stored in the database. */
    public String daysText() {
        return days.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
    }

    public static Set<DayOfWeek> parseDays(String text) {
        Set<DayOfWeek> parsed = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String code = part.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            parsed.add(EnumSet.allOf(DayOfWeek.class).stream()
                    .filter(d -> d.name().startsWith(code) && code.length() >= 3)
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("invalid-hours", "'" + part.strip() + "' is not a day of the week (use MON, TUE...).")));
        }
        return parsed;
    }

    public String describe() {
        String dayList = days.size() == 7 ? "every day" : days.stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
        return opensAt == null ? dayList + ", all day" : dayList + ", " + opensAt + "–" + closesAt;
    }
}
