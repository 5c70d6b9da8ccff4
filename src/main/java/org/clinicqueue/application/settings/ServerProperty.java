package org.clinicqueue.application.settings;

import java.util.Locale;

/**
 * A server-level configuration value (documented in {@code docs/configuration.md}): the system property, else
 * the environment variable of the same name in capitals with dots and dashes as underscores
 * ({@code clinicqueue.sms.gateway} / {@code CLINICQUEUE_SMS_GATEWAY}), else the default. Read at each use, so a
 * {@code /system-property} changed in the running WildFly applies at once.
 */
public final class ServerProperty {

    private ServerProperty() {
    }

    public static String text(String name, String defaultValue) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? defaultValue : value.strip();
    }

    public static int number(String name, int defaultValue) {
        try {
            return Integer.parseInt(text(name, String.valueOf(defaultValue)));
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }
}
