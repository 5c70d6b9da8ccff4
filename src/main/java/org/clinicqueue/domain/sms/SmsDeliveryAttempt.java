package org.clinicqueue.domain.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The delivery log: one row per attempt to hand a message to a gateway, with what the gateway answered.
 * Never the message text (it may hold a code) and never written to the server log.
 */
@Entity
@Table(name = "sms_delivery_attempt")
@NamedQuery(name = "SmsDeliveryAttempt.forMessage",
        query = "select a from SmsDeliveryAttempt a where a.messageId = :messageId order by a.attemptNo")
public class SmsDeliveryAttempt {

    /** What one attempt achieved. */
    public enum Outcome { DELIVERED, RETRY, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_id", nullable = false)
    private Long messageId;

    @Column(name = "attempt_no", nullable = false)
    private int attemptNo;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false)
    private long durationMillis;

    @Column(nullable = false, length = 20)
    private String gateway;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    @Column(length = 500)
    private String detail;

    protected SmsDeliveryAttempt() {
    }

    public SmsDeliveryAttempt(Long messageId, int attemptNo, Instant attemptedAt, long durationMillis, String gateway,
                              Outcome outcome, String detail) {
        this.messageId = messageId;
        this.attemptNo = attemptNo;
        this.attemptedAt = attemptedAt;
        this.durationMillis = durationMillis;
        this.gateway = gateway;
        this.outcome = outcome;
        this.detail = detail == null ? null : (detail.length() > 500 ? detail.substring(0, 500) : detail);
    }

    public Long getMessageId() {
        return messageId;
    }

    public int getAttemptNo() {
        return attemptNo;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public long getDurationMillis() {
        return durationMillis;
    }

    public String getGateway() {
        return gateway;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }
}
