package org.clinicqueue.domain.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The rules of phone verification, fixed by the hospital's requirements: a code has 6 digits, is valid for
 * 5 minutes, can be used once and survives at most 5 wrong tries. How soon a new code may be asked for
 * (the cooldown) and how many codes one phone may receive per hour are settings, passed in.
 */
public final class OtpPolicy {

    public static final int DIGITS = 6;
    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_WRONG_TRIES = 5;
    /** The window of the per-phone limit. */
    public static final Duration LIMIT_WINDOW = Duration.ofHours(1);

    private static final Pattern WELL_FORMED = Pattern.compile("[0-9]{" + DIGITS + "}");
    private static final int BOUND = (int) Math.pow(10, DIGITS);

    private OtpPolicy() {
    }

    /** A uniformly random code, zero-padded ("004217" is as likely as "918273"). */
    public static String newCode(RandomGenerator random) {
        return String.format("%0" + DIGITS + "d", random.nextInt(BOUND));
    }

    /** Spaces are forgiven (people copy "123 456"); anything else that is not 6 digits is refused. */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replace(" ", "").strip();
        return WELL_FORMED.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    public static Instant expiryOf(Instant issuedAt) {
        return issuedAt.plus(VALIDITY);
    }

    /**
     * @param lastIssuedAt when this phone was last sent a code, or null
     * @return how long the phone must still wait before another code; zero when it may have one now
     */
    public static Duration cooldownLeft(Instant lastIssuedAt, Duration cooldown, Instant now) {
        if (lastIssuedAt == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, lastIssuedAt.plus(cooldown));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * @param issuedInWindow when this phone was sent codes during the last hour (any order)
     * @return how long until one more code is allowed; zero when allowed now
     */
    public static Duration hourlyLimitWait(List<Instant> issuedInWindow, int limitPerHour, Instant now) {
        List<Instant> recent = issuedInWindow.stream()
                .filter(t -> t.isAfter(now.minus(LIMIT_WINDOW)))
                .sorted(Comparator.reverseOrder())
                .toList();
        if (recent.size() < limitPerHour) {
            return Duration.ZERO;
        }
        // The code that must leave the window before another is allowed.
        Instant blocking = recent.get(limitPerHour - 1);
        Duration wait = Duration.between(now, blocking.plus(LIMIT_WINDOW));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    /** Whole seconds, rounded up, at least 1: what a person is told and what {@code Retry-After} says. */
    public static long seconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }
}
