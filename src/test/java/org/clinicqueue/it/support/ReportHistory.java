package org.clinicqueue.it.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a known history straight into the test database, as the engine would have recorded it: ticket rows
 * and their audit lines (every line carries the service the ticket is in after the change, as
 * {@code QueueHistory} writes them), at chosen instants, so report tests can check figures worked out by hand,
 * on dates in the past and across clock changes.
 */
public final class ReportHistory {

    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 100_000) + 100_000);

    public static long serviceId(String code) {
        return ((Number) ItDatabase.single("SELECT id FROM clinic_service WHERE code = ?", code)).longValue();
    }

    public static long counterIdOf(String serviceCode) {
        return ((Number) ItDatabase.single("SELECT cs.counter_id FROM counter_service cs JOIN clinic_service s ON s.id = cs.service_id "
                + "WHERE s.code = ? ORDER BY cs.counter_id LIMIT 1", serviceCode)).longValue();
    }

    /** A ticket issued at {@code at} by the service, with its TICKET_ISSUED line; returns its id. */
    public static Ticket issue(long serviceId, String at) {
        Instant issued = Instant.parse(at);
        int number = NUMBERS.incrementAndGet();
        ItDatabase.update("INSERT INTO ticket (origin_service_id, number_prefix, service_id, business_date, session_no, number, tracking_id, "
                        + "patient_name, language, priority, status, channel, queued_at, issued_at) "
                        + "VALUES (?, 'H', ?, ?, 1, ?, ?, 'History Patient', 'en', 'NORMAL', 'DONE', 'KIOSK', ?, ?)",
                serviceId, serviceId, LocalDate.ofInstant(issued, ZoneOffset.UTC), number, UUID.randomUUID().toString().replace("-", ""),
                utc(issued), utc(issued));
        long id = ((Number) ItDatabase.single("SELECT id FROM ticket WHERE origin_service_id = ? AND number = ?", serviceId, number)).longValue();
        Ticket ticket = new Ticket(id, "H-" + number);
        ticket.line(at, "TICKET_ISSUED", serviceId, null, "patient");
        return ticket;
    }

    /** A ticket of the history, to which audit lines are added in order. */
    public record Ticket(long id, String number) {

        public Ticket line(String at, String action, long serviceId, Long counterId, String actor) {
            ItDatabase.update("INSERT INTO audit_event (occurred_at, actor, action, ticket_id, ticket_number, counter_id, service_id) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    utc(Instant.parse(at)), actor, action, id, number, counterId, serviceId);
            return this;
        }

        public Ticket called(String at, long serviceId, long counterId, String staff) {
            return line(at, "TICKET_CALLED", serviceId, counterId, staff);
        }

        public Ticket started(String at, long serviceId, long counterId, String staff) {
            return line(at, "SERVICE_STARTED", serviceId, counterId, staff);
        }

        public Ticket completed(String at, long serviceId, long counterId, String staff) {
            return line(at, "TICKET_COMPLETED", serviceId, counterId, staff);
        }

        /** Sent to another service: the line carries the target service and the counter left. */
        public Ticket transferred(String at, long toServiceId, Long fromCounterId, String staff) {
            return line(at, "TICKET_TRANSFERRED", toServiceId, fromCounterId, staff);
        }

        public Ticket rated(long serviceId, String serviceCode, int rating, String at) {
            ItDatabase.update("INSERT INTO visit_feedback (ticket_id, service_id, service_code, ticket_number, rating, submitted_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, serviceId, serviceCode, number, rating,
                    utc(Instant.parse(at)));
            return this;
        }
    }

    /** Stored instants are UTC wall-clock times in DATETIME columns, written as such whatever the JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private ReportHistory() {
    }
}
