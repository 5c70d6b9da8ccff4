package org.clinicqueue.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SmsRetryPolicyTest {

    private final SmsRetryPolicy policy = new SmsRetryPolicy(5, Duration.ofSeconds(30));

    @Test
    void delaysDoubleUpToHalfAnHour() {
        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
        assertThat(policy.delayAfter(12)).isEqualTo(SmsRetryPolicy.MAX_DELAY);
        assertThat(policy.delayAfter(500)).isEqualTo(SmsRetryPolicy.MAX_DELAY);
    }

    @Test
    void retriesOnlyRetryableFailuresAndOnlyUpToTheLimit() {
        assertThat(policy.mayRetry(1, true)).isTrue();
        assertThat(policy.mayRetry(4, true)).isTrue();
        assertThat(policy.mayRetry(5, true)).as("the fifth attempt was the last").isFalse();
        assertThat(policy.mayRetry(1, false)).as("a refused request fails the same way again").isFalse();
    }
}
