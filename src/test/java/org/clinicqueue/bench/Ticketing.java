package org.clinicqueue.bench;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Set-up through the admin API, issuing as a patient does, and checks straight against the database. */
final class Ticketing {

    record Issued(String serviceCode, String number, String trackingId, long ticketId) {
    }

    /** What the database holds for some services' tickets. */
    record Check(long tickets, long duplicateNumbers, long gaps, long acknowledgedMissing) {
    }

    private final BenchHttp admin;
    private final String jdbcUrl;

    Ticketing(BenchHttp admin, String jdbcUrl) {
        this.admin = admin;
        this.jdbcUrl = jdbcUrl;
    }

    String service(String prefix) {
        String code = prefix + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36).toUpperCase();
        HttpResponse<String> r = admin.post("api/admin/services", "{\"code\":\"" + code + "\",\"prefix\":\"" + prefix.replaceAll("[^A-Z]", "")
                + "\",\"name\":\"Bench " + code + "\",\"expectedMinutes\":5}");
        require(r, 201);
        return code;
    }

    long counter(String serviceCode) {
        String code = "K" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36 * 36), 36).toUpperCase();
        HttpResponse<String> r = admin.post("api/admin/counters", "{\"code\":\"" + code + "\",\"name\":\"Desk " + code
                + "\",\"serviceCodes\":[\"" + serviceCode + "\"]}");
        require(r, 201);
        return BenchHttp.json(r).getJsonNumber("id").longValue();
    }

    /** @return the display's secret */
    String display(String code, List<String> serviceCodes) {
        StringBuilder services = new StringBuilder();
        serviceCodes.forEach(s -> services.append(services.length() == 0 ? "" : ",").append('"').append(s).append('"'));
        HttpResponse<String> r = admin.post("api/admin/displays", "{\"code\":\"" + code + "\",\"name\":\"Bench " + code
                + "\",\"serviceCodes\":[" + services + "],\"languages\":[\"en\",\"hi\"]}");
        require(r, 201);
        return BenchHttp.json(r).getString("secret");
    }

    static Issued issue(BenchHttp patient, String serviceCode, String name) {
        HttpResponse<String> r = patient.post("api/tickets", "{\"serviceCode\":\"" + serviceCode + "\",\"patientName\":\"" + name + "\"}");
        if (r.statusCode() != 201) {
            return null;
        }
        JsonObject body = BenchHttp.json(r);
        return new Issued(serviceCode, body.getString("number"), body.getString("trackingId"), body.getJsonNumber("ticketId").longValue());
    }

    /** Counts, per service, numbers given twice and numbers skipped; and acknowledged tickets the database lacks. */
    Check check(Collection<String> serviceCodes, Collection<Issued> acknowledged) throws SQLException {
        long tickets = 0;
        long duplicates = 0;
        long gaps = 0;
        Set<String> stored = new HashSet<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl)) {
            for (String service : serviceCodes) {
                try (PreparedStatement s = c.prepareStatement("SELECT t.business_date, t.session_no, COUNT(*), COUNT(DISTINCT t.number), MAX(t.number) "
                        + "FROM ticket t JOIN clinic_service s ON s.id = t.origin_service_id WHERE s.code = ? GROUP BY t.business_date, t.session_no")) {
                    s.setString(1, service);
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            tickets += rows.getLong(3);
                            duplicates += rows.getLong(3) - rows.getLong(4);
                            gaps += rows.getLong(5) - rows.getLong(4);
                        }
                    }
                }
                try (PreparedStatement s = c.prepareStatement("SELECT t.tracking_id FROM ticket t JOIN clinic_service s ON s.id = t.origin_service_id WHERE s.code = ?")) {
                    s.setString(1, service);
                    try (ResultSet rows = s.executeQuery()) {
                        while (rows.next()) {
                            stored.add(rows.getString(1));
                        }
                    }
                }
            }
        }
        long missing = acknowledged.stream().filter(i -> !stored.contains(i.trackingId())).count();
        return new Check(tickets, duplicates, gaps, missing);
    }

    long countCalledTwice(String serviceCode) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM (SELECT a.ticket_id FROM audit_event a "
                     + "JOIN ticket t ON t.id = a.ticket_id JOIN clinic_service s ON s.id = t.service_id "
                     + "WHERE s.code = ? AND a.action = 'TICKET_CALLED' GROUP BY a.ticket_id HAVING COUNT(*) > 1) twice")) {
            s.setString(1, serviceCode);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("set-up call failed: " + response.statusCode() + " " + response.body());
        }
    }
}
