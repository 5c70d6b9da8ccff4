package org.clinicqueue.domain.sms;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One text message in the outbox. Written in the same transaction as what it announces (or right after
 * the change committed), sent afterwards by whichever node claims it, so a slow or failing gateway never
 * holds up a clerk or a patient and a restart loses nothing. The dedup key makes "once per ticket"
 * messages (issued, turn approaching...) impossible to queue twice, even from two nodes.
 */
@Entity
@Table(name = "sms_message")
public class SmsMessage {

    public static final String REDACTED = "(code removed after delivery)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SmsKind kind;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 1000)
    private String body;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "dedup_key", length = 80, unique = true)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SmsStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** While SENDING: after this instant another node may assume the sender died and try again. */
    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(length = 20)
    private String gateway;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private long version;

    protected SmsMessage() {
    }

    public SmsMessage(String phone, SmsKind kind, String language, String body, Long ticketId, String ticketNumber,
                      String dedupKey, Instant now) {
        this.phone = phone;
        this.kind = kind;
        this.language = language;
        this.body = body.length() > 1000 ? body.substring(0, 1000) : body;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.dedupKey = dedupKey;
        this.status = SmsStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** @return false when another sender holds it or it is not due */
    public boolean claim(Instant now, Instant leaseUntil) {
        boolean due = status == SmsStatus.PENDING && !nextAttemptAt.isAfter(now);
        boolean abandoned = status == SmsStatus.SENDING && this.leaseUntil != null && this.leaseUntil.isBefore(now);
        if (!due && !abandoned) {
            return false;
        }
        this.status = SmsStatus.SENDING;
        this.leaseUntil = leaseUntil;
        this.attempts++;
        return true;
    }

    /** @param keepsCopy whether the gateway is itself where staff read messages (the outbox gateway) */
    public void delivered(String gatewayName, Instant now, boolean keepsCopy) {
        this.status = SmsStatus.SENT;
        this.gateway = gatewayName;
        this.sentAt = now;
        this.leaseUntil = null;
        this.lastError = null;
        if (kind.isSecret() && !keepsCopy) {
            this.body = REDACTED;
        }
    }

    public void failed(String gatewayName, String error, boolean retry, Instant nextAttempt) {
        this.gateway = gatewayName;
        this.lastError = error == null ? null : (error.length() > 500 ? error.substring(0, 500) : error);
        this.leaseUntil = null;
        if (retry) {
            this.status = SmsStatus.PENDING;
            this.nextAttemptAt = nextAttempt;
        } else {
            this.status = SmsStatus.FAILED;
        }
    }

    /** Staff ask for a failed message to be tried again (the gateway is fixed). */
    public void retryNow(Instant now) {
        this.status = SmsStatus.PENDING;
        this.nextAttemptAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getPhone() {
        return phone;
    }

    public SmsKind getKind() {
        return kind;
    }

    public String getLanguage() {
        return language;
    }

    public String getBody() {
        return body;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getDedupKey() {
        return dedupKey;
    }

    public SmsStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public String getGateway() {
        return gateway;
    }

    public String getLastError() {
        return lastError;
    }
}
