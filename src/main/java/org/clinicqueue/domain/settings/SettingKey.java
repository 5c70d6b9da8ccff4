package org.clinicqueue.domain.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clinicqueue.domain.InvalidInputException;

/**
 * One named setting: how its stored text is parsed and checked, and its default when nobody has set it.
 * The set of keys is closed (declared here), so a typo cannot create a setting nobody reads.
 *
 * @param <T> the setting's type
 */
public final class SettingKey<T> {

    private static final Map<String, SettingKey<?>> ALL = new LinkedHashMap<>();

    /**
     * The hospital's time zone: "today" for token numbering starts at midnight here. Default: system property
     * {@code clinicqueue.time-zone}, else environment variable {@code CLINICQUEUE_TIME_ZONE}, else the JVM's zone.
     */
    public static final SettingKey<ZoneId> TIME_ZONE = define("hospital.time-zone", SettingKey::parseZone,
            ZoneId::getId, SettingKey::defaultZone);

    private final String name;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final Supplier<T> defaultValue;

    private SettingKey(String name, Function<String, T> parser, Function<T, String> formatter, Supplier<T> defaultValue) {
        this.name = name;
        this.parser = parser;
        this.formatter = formatter;
        this.defaultValue = defaultValue;
    }

    static <T> SettingKey<T> define(String name, Function<String, T> parser, Function<T, String> formatter, Supplier<T> defaultValue) {
        SettingKey<T> key = new SettingKey<>(name, parser, formatter, defaultValue);
        ALL.put(name, key);
        return key;
    }

    public static List<SettingKey<?>> all() {
        return Collections.unmodifiableList(new ArrayList<>(ALL.values()));
    }

    public static SettingKey<?> named(String name) {
        SettingKey<?> key = ALL.get(name);
        if (key == null) {
            throw new InvalidInputException("There is no setting called '" + name + "'.");
        }
        return key;
    }

    public String name() {
        return name;
    }

    /** @throws InvalidInputException with a readable reason when the text is not a valid value */
    public T parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("The setting '" + name + "' needs a value.");
        }
        return parser.apply(text.strip());
    }

    public String format(T value) {
        return formatter.apply(value);
    }

    public T defaultValue() {
        return defaultValue.get();
    }

    @Override
    public String toString() {
        return name;
    }

    static ZoneId parseZone(String text) {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new InvalidInputException("'" + text + "' is not a time zone; use a name such as Asia/Kolkata or Europe/London.");
        }
    }

    static ZoneId defaultZone() {
        String configured = System.getProperty("clinicqueue.time-zone", System.getenv("CLINICQUEUE_TIME_ZONE"));
        return configured == null || configured.isBlank() ? ZoneId.systemDefault() : parseZone(configured);
    }
}
