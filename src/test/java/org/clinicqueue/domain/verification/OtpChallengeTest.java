package org.clinicqueue.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OtpChallengeTest {

    private static final Instant NOW = Instant.parse("2026-03-02T05:00:00Z");
    private static final String PHONE = "+919800000001";
    private final OtpHasher hasher = new OtpHasher("pepper");

    private OtpChallenge challengeFor(String code) {
        String salt = "0123456789abcdef0123456789abcdef";
        return new OtpChallenge(PHONE, "OPD", salt, hasher.hash(salt, PHONE, code), NOW);
    }

    @Test
    void theRightCodeIsAcceptedWithinFiveMinutes() {
        OtpChallenge challenge = challengeFor("042917");

        assertThat(challenge.check("042917", hasher, NOW.plusSeconds(299))).isEqualTo(OtpCheck.ACCEPTED);
        assertThat(challenge.getWrongTries()).isZero();
    }

    @Test
    void anExpiredCodeIsRefusedEvenWhenRight() {
        OtpChallenge challenge = challengeFor("042917");

        assertThat(challenge.check("042917", hasher, NOW.plusSeconds(300))).isEqualTo(OtpCheck.EXPIRED);
    }

    @Test
    void fiveWrongTriesKillTheCode() {
        OtpChallenge challenge = challengeFor("042917");

        for (int i = 1; i <= 4; i++) {
            assertThat(challenge.check("111111", hasher, NOW)).isEqualTo(OtpCheck.WRONG);
            assertThat(challenge.triesLeft()).isEqualTo(5 - i);
        }
        assertThat(challenge.check("222222", hasher, NOW)).as("the fifth wrong try").isEqualTo(OtpCheck.LOCKED);
        assertThat(challenge.check("042917", hasher, NOW)).as("even the right code now").isEqualTo(OtpCheck.LOCKED);
        assertThat(challenge.getWrongTries()).isEqualTo(5);
    }

    @Test
    void matchingDoesNotUseUpATry() {
        OtpChallenge challenge = challengeFor("042917");

        assertThat(challenge.matches("042917", hasher)).isTrue();
        assertThat(challenge.matches("111111", hasher)).isFalse();
        assertThat(challenge.triesLeft()).isEqualTo(5);
    }

    @Test
    void aRetiredCodeNoLongerWorks() {
        OtpChallenge challenge = challengeFor("042917");
        challenge.retire(NOW.plusSeconds(5));

        assertThat(challenge.check("042917", hasher, NOW.plusSeconds(10))).isEqualTo(OtpCheck.USED);
    }

    @Test
    void theHashDependsOnSaltPhonePepperAndCodeAndNeverContainsTheCode() {
        String salt = "0123456789abcdef0123456789abcdef";
        String hash = hasher.hash(salt, PHONE, "042917");

        assertThat(hash).hasSize(64).doesNotContain("042917");
        assertThat(hasher.hash("ffffffffffffffffffffffffffffffff", PHONE, "042917")).isNotEqualTo(hash);
        assertThat(hasher.hash(salt, "+919800000002", "042917")).isNotEqualTo(hash);
        assertThat(new OtpHasher("other pepper").hash(salt, PHONE, "042917")).isNotEqualTo(hash);
        assertThat(new OtpHasher(null).hash(salt, PHONE, "042917")).as("without a pepper still salted").isNotEqualTo(hash);
        assertThat(hasher.matches(salt, PHONE, "042917", hash)).isTrue();
        assertThat(hasher.matches(salt, PHONE, "042918", hash)).isFalse();
    }

    @Test
    void saltsAreFreshEachTime() {
        java.security.SecureRandom random = new java.security.SecureRandom();
        assertThat(OtpHasher.newSalt(random)).hasSize(32).isNotEqualTo(OtpHasher.newSalt(random));
    }
}
