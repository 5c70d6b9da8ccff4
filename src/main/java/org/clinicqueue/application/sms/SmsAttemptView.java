package org.clinicqueue.application.sms;

import java.time.Instant;
import org.clinicqueue.domain.sms.SmsDeliveryAttempt;

/** One line of a message's delivery log. */
public record SmsAttemptView(int attemptNo, Instant attemptedAt, long durationMillis, String gateway, String outcome, String detail) {

    static SmsAttemptView of(SmsDeliveryAttempt a) {
        return new SmsAttemptView(a.getAttemptNo(), a.getAttemptedAt(), a.getDurationMillis(), a.getGateway(), a.getOutcome().name(),
                a.getDetail());
    }
}
