package org.clinicqueue.domain.sms;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the first retry after the base delay, each next one after twice
 * as long, never more than 30 minutes apart, and not after the last allowed attempt. A gateway that says
 * the request itself is wrong (HTTP 4xx other than 408/429) is not retried: the same request would fail again.
 */
public final class SmsRetryPolicy {

    public static final Duration MAX_DELAY = Duration.ofMinutes(30);

    private final int maxAttempts;
    private final Duration baseDelay;

    public SmsRetryPolicy(int maxAttempts, Duration baseDelay) {
        this.maxAttempts = Math.max(1, maxAttempts);
        this.baseDelay = baseDelay.isNegative() ? Duration.ZERO : baseDelay;
    }

    /** @param attemptsMade attempts so far, including the one that just failed */
    public boolean mayRetry(int attemptsMade, boolean retryableFailure) {
        return retryableFailure && attemptsMade < maxAttempts;
    }

    /** @param attemptsMade attempts so far (1 after the first failure) */
    public Duration delayAfter(int attemptsMade) {
        int doublings = Math.min(Math.max(0, attemptsMade - 1), 20);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public int maxAttempts() {
        return maxAttempts;
    }
}
