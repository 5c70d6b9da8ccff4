package org.clinicqueue.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A plausible, repeatable (seeded) week of a small hospital written straight into the test database through
 * one connection: arrivals peaking mid-morning, waits that grow with the queue, some no-shows and
 * cancellations. For pages and screenshots that should look like a real day, not for hand-checked figures
 * (those are in {@link ReportHistory}).
 */
public final class SyntheticHistory {

    private final Random random;
    private final ZoneId zone;

    public SyntheticHistory(long seed, ZoneId zone) {
        this.random = new Random(seed);
        this.zone = zone;
    }

    /** Patients per day for each service, spread over 08:00–17:00; each counter has its own staff member. */
    public void write(LocalDate from, int days, List<Long> serviceIds, List<long[]> counterIdsPerService, List<String> staff, int perDay) {
        try (Connection c = DriverManager.getConnection(System.getProperty("clinicqueue.it.db.url"))) {
            c.setAutoCommit(false);
            try (PreparedStatement ticket = c.prepareStatement("INSERT INTO ticket (origin_service_id, number_prefix, service_id, business_date, "
                    + "session_no, number, tracking_id, patient_name, language, priority, status, channel, queued_at, issued_at) "
                    + "VALUES (?, 'S', ?, ?, 1, ?, ?, 'Synthetic Patient', 'en', 'NORMAL', 'DONE', 'KIOSK', ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement line = c.prepareStatement("INSERT INTO audit_event (occurred_at, actor, action, ticket_id, counter_id, service_id) "
                         + "VALUES (?, ?, ?, ?, ?, ?)");
                 PreparedStatement rating = c.prepareStatement("INSERT INTO visit_feedback (ticket_id, service_id, service_code, ticket_number, "
                         + "rating, submitted_at) VALUES (?, ?, 'SYN', 'S-1', ?, ?)")) {
                for (int d = 0; d < days; d++) {
                    LocalDate day = from.plusDays(d);
                    for (int s = 0; s < serviceIds.size(); s++) {
                        long service = serviceIds.get(s);
                        long[] counters = counterIdsPerService.get(s);
                        int n = perDay + random.nextInt(perDay / 3 + 1) - perDay / 6;
                        for (int i = 0; i < n; i++) {
                            writeOne(ticket, line, rating, day, service, counters, staff, i + 1);
                        }
                    }
                    line.executeBatch();
                    rating.executeBatch();
                    c.commit();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeOne(PreparedStatement ticket, PreparedStatement line, PreparedStatement rating, LocalDate day, long service,
                          long[] counters, List<String> staff, int number) throws SQLException {
        double hour = 8 + Math.min(9, Math.abs(random.nextGaussian() * 2.2 + 2.5));
        Instant issued = day.atStartOfDay(zone).toInstant().plusSeconds((long) (hour * 3600));
        ticket.setLong(1, service);
        ticket.setLong(2, service);
        ticket.setObject(3, day);
        ticket.setInt(4, 900_000 + number + random.nextInt(1_000_000) * 1000);
        ticket.setString(5, UUID.randomUUID().toString().replace("-", ""));
        ticket.setObject(6, utc(issued));
        ticket.setObject(7, utc(issued));
        ticket.executeUpdate();
        long id;
        try (ResultSet keys = ticket.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
        }
        add(line, issued, "patient", "TICKET_ISSUED", id, null, service);
        if (random.nextInt(100) < 5) {
            add(line, issued.plusSeconds(600 + random.nextInt(1800)), "patient", "TICKET_CANCELLED", id, null, service);
            return;
        }
        int k = random.nextInt(counters.length);
        double busy = Math.exp(-Math.pow(hour - 10.5, 2) / 4);
        long wait = (long) (60 * (4 + busy * 35 + random.nextDouble() * 18));
        Instant called = issued.plusSeconds(wait);
        String who = staff.get(k % staff.size());
        add(line, called, who, "TICKET_CALLED", id, counters[k], service);
        if (random.nextInt(100) < 6) {
            add(line, called.plusSeconds(180), who, "TICKET_NO_SHOW", id, counters[k], service);
            return;
        }
        Instant started = called.plusSeconds(30 + random.nextInt(60));
        add(line, started, who, "SERVICE_STARTED", id, counters[k], service);
        Instant done = started.plusSeconds(120 + random.nextInt(600));
        add(line, done, who, "TICKET_COMPLETED", id, counters[k], service);
        if (random.nextInt(100) < 20) {
            rating.setLong(1, id);
            rating.setLong(2, service);
            rating.setInt(3, 2 + random.nextInt(4));
            rating.setObject(4, utc(done.plusSeconds(300)));
            rating.addBatch();
        }
    }

    private static void add(PreparedStatement line, Instant at, String actor, String action, long ticket, Long counter, long service)
            throws SQLException {
        line.setObject(1, utc(at));
        line.setString(2, actor);
        line.setString(3, action);
        line.setLong(4, ticket);
        line.setObject(5, counter);
        line.setLong(6, service);
        line.addBatch();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
