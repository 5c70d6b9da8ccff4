package org.clinicqueue.application.sms;

import java.time.Duration;
import org.clinicqueue.application.settings.ServerProperty;
import org.clinicqueue.domain.sms.SmsRetryPolicy;

/** The retry schedule as configured: {@code clinicqueue.sms.max-attempts}, {@code clinicqueue.sms.retry-delay-seconds}. */
final class SmsRetries {

    private SmsRetries() {
    }

    static SmsRetryPolicy policy() {
        return new SmsRetryPolicy(ServerProperty.number("clinicqueue.sms.max-attempts", 5),
                Duration.ofSeconds(ServerProperty.number("clinicqueue.sms.retry-delay-seconds", 30)));
    }

    /** How long a node may take over one send before others assume it died and retry the message. */
    static Duration lease() {
        return Duration.ofSeconds(Math.max(30, ServerProperty.number("clinicqueue.sms.http.timeout-seconds", 10) * 3L));
    }
}
