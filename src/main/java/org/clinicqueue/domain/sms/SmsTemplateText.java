package org.clinicqueue.domain.sms;

import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicqueue.domain.InvalidInputException;

/**
 * The text of a message template with {@code {placeholders}}: checked when an admin edits it (only the
 * kind's placeholders, the required ones present, short enough for at most three SMS parts) and filled in
 * when a message is queued.
 */
public final class SmsTemplateText {

    /** Three concatenated SMS of 160 GSM characters; Devanagari needs UCS-2 (70 per part), so keep it short. */
    public static final int MAX_LENGTH = 480;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");

    private SmsTemplateText() {
    }

    /** @return the text, stripped, when it is a valid template for the kind */
    public static String validate(SmsKind kind, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("invalid-template", "A message template cannot be empty.");
        }
        String template = text.strip();
        if (template.length() > MAX_LENGTH) {
            throw new InvalidInputException("invalid-template", "A message template must not be longer than " + MAX_LENGTH + " characters.");
        }
        if (template.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidInputException("invalid-template", "A message template cannot contain control characters.");
        }
        TreeSet<String> unknown = new TreeSet<>();
        TreeSet<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            (kind.placeholders().contains(m.group(1)) ? used : unknown).add(m.group(1));
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("invalid-template", "Unknown placeholder(s) " + braces(unknown)
                    + "; this message may use " + braces(new TreeSet<>(kind.placeholders())) + ".");
        }
        TreeSet<String> missing = new TreeSet<>(kind.required());
        missing.removeAll(used);
        if (!missing.isEmpty()) {
            throw new InvalidInputException("invalid-template", "This message must contain " + braces(missing) + ".");
        }
        return template;
    }

    /** Fills the placeholders; one without a value is left visible rather than silently dropped. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String braces(TreeSet<String> names) {
        return names.stream().map(n -> "{" + n + "}").reduce((a, b) -> a + ", " + b).orElse("");
    }
}
