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

    /** How many times a called patient may be recalled (announced again) before staff must decide. */
    public static final SettingKey<Integer> RECALL_LIMIT = define("queue.recall-limit",
            text -> parseInt(text, 0, 10, "The recall limit"), String::valueOf, () -> 3);

    /**
     * Minutes after a missed call before a no-show patient may be called again (once); 0 ends the ticket at
     * the first no-show.
     */
    public static final SettingKey<Integer> NO_SHOW_GRACE_MINUTES = define("queue.no-show-grace-minutes",
            text -> parseInt(text, 0, 240, "The no-show grace"), String::valueOf, () -> 10);

    /** Recent completed services that the wait estimate averages over. */
    public static final SettingKey<Integer> ESTIMATE_SAMPLE_SIZE = define("queue.estimate-sample-size",
            text -> parseInt(text, 3, 500, "The estimate sample size"), String::valueOf, () -> 20);

    /** Minutes of waiting after which the supervisor board highlights a patient. */
    public static final SettingKey<Integer> WAIT_ALERT_MINUTES = define("supervisor.wait-alert-minutes",
            text -> parseInt(text, 1, 600, "The waiting alert"), String::valueOf, () -> 30);

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

    static int parseInt(String text, int min, int max, String what) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below with the range
        }
        throw new InvalidInputException(what + " must be a whole number from " + min + " to " + max + ".");
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
