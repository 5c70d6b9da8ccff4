package org.clinicqueue.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail. Written in the same transaction as the change it records (so there is never
 * a change without its line, nor a line without its change) and never updated or deleted. Ticket, counter
 * and service are kept as ids and labels, so the line stays readable whatever happens to them later.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "counter_id")
    private Long counterId;

    @Column(name = "counter_name", length = 80)
    private String counterName;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "service_code", length = 10)
    private String serviceCode;

    @Column(length = 500)
    private String details;

    @Column(length = 500)
    private String reason;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, AuditAction action) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
    }

    public AuditEvent ticket(Long id, String number) {
        this.ticketId = id;
        this.ticketNumber = number;
        return this;
    }

    public AuditEvent counter(Long id, String name) {
        this.counterId = id;
        this.counterName = name;
        return this;
    }

    public AuditEvent service(Long id, String code) {
        this.serviceId = id;
        this.serviceCode = code;
        return this;
    }

    public AuditEvent details(String text) {
        this.details = truncate(text);
        return this;
    }

    public AuditEvent reason(String text) {
        this.reason = truncate(text);
        return this;
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Long getCounterId() {
        return counterId;
    }

    public String getCounterName() {
        return counterName;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public String getDetails() {
        return details;
    }

    public String getReason() {
        return reason;
    }
}
