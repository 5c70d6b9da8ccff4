package org.clinicqueue.domain.settings;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.display.AnnounceLanguages;
import org.clinicqueue.domain.display.PrivacyMode;
import org.clinicqueue.domain.queue.InterleaveRule;

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

    /** How much of a patient's name the public screens show and say. */
    public static final SettingKey<PrivacyMode> DISPLAY_PRIVACY = define("display.privacy-mode",
            text -> parseEnum(PrivacyMode.class, text, "The privacy mode"), Enum::name, () -> PrivacyMode.FIRST_NAME_AND_INITIAL);

    /** How many times a display says each call (the seed systems' behaviour: three). */
    public static final SettingKey<Integer> ANNOUNCEMENT_REPEATS = define("display.announcement-repeats",
            text -> parseInt(text, 1, 5, "The number of announcements"), String::valueOf, () -> 3);

    /** Whether a call is spoken in the patient's language or in each of the display's languages. */
    public static final SettingKey<AnnounceLanguages> ANNOUNCE_LANGUAGES = define("display.announce-languages",
            text -> parseEnum(AnnounceLanguages.class, text, "The announcement languages"), Enum::name, () -> AnnounceLanguages.PATIENT_LANGUAGE);

    /** How many recent calls a display lists under the current one. */
    public static final SettingKey<Integer> DISPLAY_RECENT_CALLS = define("display.recent-calls",
            text -> parseInt(text, 1, 20, "The number of recent calls"), String::valueOf, () -> 6);

    /** Seconds a phone must wait before it may ask for another one-time code. */
    public static final SettingKey<Integer> OTP_RESEND_COOLDOWN_SECONDS = define("otp.resend-cooldown-seconds",
            text -> parseInt(text, 0, 3600, "The code resend cooldown"), String::valueOf, () -> 60);

    /** One-time codes one phone number may receive per hour (each costs an SMS). */
    public static final SettingKey<Integer> OTP_CODES_PER_PHONE_PER_HOUR = define("otp.codes-per-phone-per-hour",
            text -> parseInt(text, 1, 100, "The codes per phone per hour"), String::valueOf, () -> 5);

    /** Code requests one client address may make per minute (a hospital Wi-Fi puts many phones behind one). */
    public static final SettingKey<Integer> OTP_REQUESTS_PER_ADDRESS_PER_MINUTE = define("otp.requests-per-address-per-minute",
            text -> parseInt(text, 1, 100_000, "The code requests per address per minute"), String::valueOf, () -> 30);

    /** The "your turn is approaching" SMS goes out when this many people (or fewer) are ahead; 0 turns it off. */
    public static final SettingKey<Integer> SMS_TURN_APPROACHING_AHEAD = define("sms.turn-approaching-ahead",
            text -> parseInt(text, 0, 50, "The people ahead for the approaching-turn SMS"), String::valueOf, () -> 3);

    /** Minutes of waiting after which the supervisor board highlights a patient. */
    public static final SettingKey<Integer> WAIT_ALERT_MINUTES = define("supervisor.wait-alert-minutes",
            text -> parseInt(text, 1, 600, "The waiting alert"), String::valueOf, () -> 30);

    /** Patients may move or cancel their own appointment until this many minutes before it (staff any time before check-in). */
    public static final SettingKey<Integer> APPOINTMENT_CHANGE_CUTOFF_MINUTES = define("appointments.change-cutoff-minutes",
            text -> parseInt(text, 0, 10_080, "The change cut-off"), String::valueOf, () -> 120);

    /** The reminder SMS goes this many minutes before the appointment; 0 turns reminders off. */
    public static final SettingKey<Integer> APPOINTMENT_REMINDER_MINUTES = define("appointments.reminder-minutes-before",
            text -> parseInt(text, 0, 10_080, "The reminder lead time"), String::valueOf, () -> 1440);

    /** A patient checking in up to this many minutes after their slot's start keeps its place; later, they queue as a walk-in. */
    public static final SettingKey<Integer> APPOINTMENT_LATE_GRACE_MINUTES = define("appointments.late-grace-minutes",
            text -> parseInt(text, 0, 240, "The late-arrival grace"), String::valueOf, () -> 15);

    /** A booking nobody checked in for by this many minutes after its start is marked a no-show. */
    public static final SettingKey<Integer> APPOINTMENT_NO_SHOW_MINUTES = define("appointments.no-show-after-minutes",
            text -> parseInt(text, 1, 1440, "The no-show grace"), String::valueOf, () -> 60);

    /** How checked-in appointments and walk-ins share a doctor's queue. */
    public static final SettingKey<InterleaveRule> APPOINTMENT_INTERLEAVE = define("appointments.interleave",
            text -> parseEnum(InterleaveRule.class, text, "The interleave rule"), Enum::name, () -> InterleaveRule.APPOINTMENTS_FIRST);

    /** How many days ahead patients may book. */
    public static final SettingKey<Integer> APPOINTMENT_BOOKING_DAYS = define("appointments.booking-horizon-days",
            text -> parseInt(text, 1, 365, "The booking horizon"), String::valueOf, () -> 30);

    /** Upcoming appointments one phone may hold when booking from the public pages (reception is not limited). */
    public static final SettingKey<Integer> APPOINTMENT_MAX_PER_PHONE = define("appointments.max-upcoming-per-phone",
            text -> parseInt(text, 1, 50, "The appointments per phone"), String::valueOf, () -> 3);

    /** Reports: a patient counts as served within target when called within this many minutes of arriving. */
    public static final SettingKey<Integer> REPORT_WAIT_TARGET_MINUTES = define("reports.wait-target-minutes",
            text -> parseInt(text, 1, 240, "The waiting-time target"), String::valueOf, () -> 30);

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

    static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String what) {
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(what + " must be one of " + Arrays.toString(type.getEnumConstants()) + ".");
        }
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
