package org.clinicqueue.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PublicRequestLimiterTest {

    @Test
    void eachAddressGetsItsOwnBucketOfTheConfiguredSize() {
        PublicRequestLimiter limiter = new PublicRequestLimiter();
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.tryAcquire("tickets", "10.0.0.1")).as("request " + i).isZero();
        }
        Duration wait = limiter.tryAcquire("tickets", "10.0.0.1");

        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(limiter.tryAcquire("tickets", "10.0.0.2")).as("another device is not affected").isZero();
        assertThat(limiter.tryAcquire("otp", "10.0.0.1")).as("another scope is not affected").isZero();
    }
}
