package org.clinicqueue.application.reception;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;

/**
 * What reception typed in the search box, understood the way they mean it: a ticket number as printed
 * ({@code OPD-007}, {@code opd7}) or just its digits ({@code 7}), a phone number (7 or more digits, maybe
 * with +, spaces or dashes), or else part of the patient's name.
 */
public record TicketSearchText(Kind kind, String prefix, Integer number, String text) {

    public enum Kind { NUMBER, PHONE, NAME }

    private static final Pattern NUMBER_WITH_PREFIX = Pattern.compile("([A-Za-z]{1,5})\\s*-?\\s*0*([0-9]{1,6})");
    private static final Pattern DIGITS = Pattern.compile("0*([0-9]{1,6})");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,}[0-9]");
    private static final int MAX_LENGTH = 80;

    public static TicketSearchText parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("search-empty", "Type a ticket number, a name or a phone number.");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("search-too-long", "Search for at most " + MAX_LENGTH + " characters.");
        }
        Matcher withPrefix = NUMBER_WITH_PREFIX.matcher(text);
        if (withPrefix.matches()) {
            return new TicketSearchText(Kind.NUMBER, withPrefix.group(1).toUpperCase(Locale.ROOT), Integer.valueOf(withPrefix.group(2)), text);
        }
        String digitsOnly = text.replaceAll("[^0-9]", "");
        if (PHONE.matcher(text).matches() && digitsOnly.length() >= 7) {
            return new TicketSearchText(Kind.PHONE, null, null, digitsOnly);
        }
        Matcher digits = DIGITS.matcher(text);
        if (digits.matches()) {
            return new TicketSearchText(Kind.NUMBER, null, Integer.valueOf(digits.group(1)), text);
        }
        return new TicketSearchText(Kind.NAME, null, null, text);
    }
}
