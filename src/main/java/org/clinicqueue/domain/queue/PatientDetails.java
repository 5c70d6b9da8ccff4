package org.clinicqueue.domain.queue;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;

/**
 * The patient's name, phone and language as given at issuing, checked and normalised.
 *
 * <p>Names are shown on public screens and spoken aloud, so anything that could break a screen is refused:
 * control characters, line breaks, and the invisible bidirectional-override and zero-width characters that
 * can reverse or hide text around them. Any script's letters are welcome (Devanagari, Tamil, Arabic...).
 * Markup-like text such as {@code <b>} is allowed but is always shown as text, never interpreted.
 */
public record PatientDetails(String name, String phone, String language) {

    public static final int MAX_NAME_LENGTH = 80;
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cn}\\p{Cs}]");
    private static final Pattern NEEDS_A_LETTER = Pattern.compile(".*\\p{L}.*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{7,15}");
    private static final Pattern PHONE_DECORATION = Pattern.compile("[\\s().-]");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    public static PatientDetails of(String name, String phone, String language) {
        return new PatientDetails(normaliseName(name), normalisePhone(phone), normaliseLanguage(language));
    }

    static String normaliseName(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("invalid-name", "Please give the patient's name.");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC).strip().replaceAll("[\\p{Zs}\\t]+", " ");
        if (FORBIDDEN.matcher(name).find()) {
            throw new InvalidInputException("invalid-name", "The name contains invisible or control characters; please type it again.");
        }
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new InvalidInputException("invalid-name", "The name must not be longer than " + MAX_NAME_LENGTH + " characters.");
        }
        if (!NEEDS_A_LETTER.matcher(name).matches()) {
            throw new InvalidInputException("invalid-name", "The name must contain letters.");
        }
        return name;
    }

    /**
     * Optional. Spaces, dashes, dots and brackets are dropped; what remains is 7 to 15 digits, maybe after '+'.
     * Public so that phone verification compares numbers exactly as tickets store them.
     */
    public static String normalisePhone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String phone = PHONE_DECORATION.matcher(raw.strip()).replaceAll("");
        if (!PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("invalid-phone", "The phone number must have 7 to 15 digits, optionally starting with +.");
        }
        return phone;
    }

    static String normaliseLanguage(String raw) {
        if (raw == null || raw.isBlank()) {
            return "en";
        }
        String language = raw.strip().toLowerCase(Locale.ROOT);
        if (!LANGUAGE.matcher(language).matches()) {
            throw new InvalidInputException("invalid-language", "The language must be a two-letter code such as en or hi.");
        }
        return language;
    }

    /** "Ravi Kumar" becomes "Ravi K." for screens in first-name-and-initial privacy mode. */
    public static String firstNameAndInitial(String name) {
        String[] parts = name.strip().split(" ");
        if (parts.length == 1) {
            return parts[0];
        }
        String last = parts[parts.length - 1];
        return parts[0] + " " + new String(Character.toChars(last.codePointAt(0))) + ".";
    }
}
