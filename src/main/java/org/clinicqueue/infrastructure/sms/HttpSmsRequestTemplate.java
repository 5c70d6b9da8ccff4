package org.clinicqueue.infrastructure.sms;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Fills the configured request body ({@code clinicqueue.sms.http.body-template}) for one message. Values are
 * escaped for the body's content type, so a patient's text cannot break the provider's JSON or form:
 * {@code {phone}}, {@code {text}} and {@code {id}} (the outbox id, as a reference for the provider).
 */
public final class HttpSmsRequestTemplate {

    public static final String DEFAULT_BODY = "{\"to\":\"{phone}\",\"text\":\"{text}\",\"reference\":\"{id}\"}";

    private HttpSmsRequestTemplate() {
    }

    public static String body(String template, String contentType, long messageId, String phone, String text) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return template
                .replace("{phone}", escape(phone, type))
                .replace("{id}", escape(String.valueOf(messageId), type))
                .replace("{text}", escape(text, type));
    }

    static String escape(String value, String contentType) {
        if (contentType.contains("json")) {
            return json(value);
        }
        if (contentType.contains("x-www-form-urlencoded")) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
        return value;
    }

    /** The inside of a JSON string: quotes, backslashes and control characters escaped. */
    static String json(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
