package org.clinicqueue.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OtpPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");

    @Test
    void codesHaveSixDigitsIncludingLeadingZeros() {
        Random random = new Random(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = OtpPolicy.newCode(random);
            assertThat(code).matches("[0-9]{6}");
            seen.add(code);
        }
        assertThat(seen).as("random, not a sequence").hasSizeGreaterThan(1990);
        assertThat(seen).anyMatch(c -> c.startsWith("0"));
    }

    @Test
    void typedCodesForgiveSpacesOnly() {
        assertThat(OtpPolicy.normalise(" 123 456 ")).contains("123456");
        assertThat(OtpPolicy.normalise("12345")).isEmpty();
        assertThat(OtpPolicy.normalise("1234567")).isEmpty();
        assertThat(OtpPolicy.normalise("12a456")).isEmpty();
        assertThat(OtpPolicy.normalise(null)).isEmpty();
    }

    @Test
    void aCodeIsValidForFiveMinutes() {
        assertThat(OtpPolicy.expiryOf(NOW)).isEqualTo(NOW.plusSeconds(300));
    }

    @Test
    void theCooldownCountsFromTheLastCode() {
        Duration cooldown = Duration.ofSeconds(60);

        assertThat(OtpPolicy.cooldownLeft(null, cooldown, NOW)).isZero();
        assertThat(OtpPolicy.cooldownLeft(NOW.minusSeconds(20), cooldown, NOW)).isEqualTo(Duration.ofSeconds(40));
        assertThat(OtpPolicy.cooldownLeft(NOW.minusSeconds(60), cooldown, NOW)).isZero();
        assertThat(OtpPolicy.cooldownLeft(NOW.minusSeconds(20), Duration.ZERO, NOW)).isZero();
    }

    @Test
    void theHourlyLimitWaitsUntilTheOldestCodeInTheWindowLeavesIt() {
        List<Instant> sent = List.of(NOW.minusSeconds(3000), NOW.minusSeconds(1200), NOW.minusSeconds(600));

        assertThat(OtpPolicy.hourlyLimitWait(sent, 4, NOW)).as("below the limit").isZero();
        assertThat(OtpPolicy.hourlyLimitWait(sent, 3, NOW)).isEqualTo(Duration.ofSeconds(600));
        assertThat(OtpPolicy.hourlyLimitWait(sent, 2, NOW)).as("the second newest must leave").isEqualTo(Duration.ofSeconds(2400));
        assertThat(OtpPolicy.hourlyLimitWait(List.of(NOW.minusSeconds(4000)), 1, NOW)).as("older than an hour").isZero();
    }

    @Test
    void waitsAreToldInWholeSecondsRoundedUp() {
        assertThat(OtpPolicy.seconds(Duration.ofMillis(1))).isEqualTo(1);
        assertThat(OtpPolicy.seconds(Duration.ofMillis(40_001))).isEqualTo(41);
        assertThat(OtpPolicy.seconds(Duration.ZERO)).isEqualTo(1);
    }
}
