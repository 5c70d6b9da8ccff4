package org.clinicqueue.application.sms;

import java.time.Instant;
import org.clinicqueue.domain.sms.SmsMessage;

/** An outbox message as staff see it in the console and {@code GET /api/staff/sms-outbox}. */
public record SmsMessageView(long id, Instant createdAt, String phone, String kind, String language, String body,
                             String ticketNumber, String status, int attempts, Instant nextAttemptAt, Instant sentAt,
                             String gateway, String lastError) {

    static SmsMessageView of(SmsMessage m) {
        return new SmsMessageView(m.getId(), m.getCreatedAt(), m.getPhone(), m.getKind().name(), m.getLanguage(), m.getBody(),
                m.getTicketNumber(), m.getStatus().name(), m.getAttempts(), m.getNextAttemptAt(), m.getSentAt(), m.getGateway(),
                m.getLastError());
    }
}
