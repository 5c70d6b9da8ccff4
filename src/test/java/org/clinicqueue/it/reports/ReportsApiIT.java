package org.clinicqueue.it.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.ItDatabase;
import org.clinicqueue.it.support.ReportHistory;
import org.clinicqueue.it.support.ReportHistory.Ticket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports over REST on a known history written into the database, with every expected figure worked out by
 * hand in the comments. The hospital is put in Europe/London for these tests, so the history can sit on
 * 25 October 2026 (clocks go back: a 25-hour day whose 01:00–02:00 happens twice) and 29 March 2026 (clocks
 * go forward: 23 hours, no 01:00–02:00).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsApiIT {

    static final String D = "2026-10-25";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http anonymous;
    Http supervisor;
    Http admin;
    String opd;
    String lab;
    long a;
    long b;
    long k1;
    long k2;
    long k3;

    @BeforeEach
    void setUp() {
        anonymous = Http.to(base);
        supervisor = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        admin = anonymous.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        ApiFixture fixture = new ApiFixture(anonymous);
        opd = fixture.service("O");
        lab = fixture.service("L");
        k1 = fixture.counter(opd);
        k2 = fixture.counter(opd);
        k3 = fixture.counter(lab);
        a = ReportHistory.serviceId(opd);
        b = ReportHistory.serviceId(lab);
        setZone("Europe/London");
        // these tests' days are computed live unless a test summarises them itself
        for (String day : List.of("2026-03-28", "2026-03-29", "2026-03-30", D, "2026-10-26")) {
            ItDatabase.update("DELETE FROM report_daily_summary WHERE business_date = ?", day);
            ItDatabase.update("DELETE FROM report_summary_day WHERE business_date = ?", day);
        }
    }

    @AfterEach
    void restoreZone() {
        setZone("Asia/Kolkata");
    }

    private void setZone(String zone) {
        HttpResponse<String> r = admin.putJson("api/admin/settings/hospital.time-zone", "{\"value\":\"" + zone + "\"}");
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 204);
    }

    /**
     * 25 October 2026 in London runs from 2026-10-24T23:00Z to 2026-10-26T00:00Z. In OPD (counters K1, K2):
     * <pre>
     * t1 issued 23:30Z (00:30 BST), called 23:40 K1 clerk, start 23:41, done 23:46     wait 10, service 5, rated 5
     * t2 issued 00:30Z (01:30 BST), called 00:50 K1 clerk, done 01:00 (no start)        wait 20, service 10
     * t3 issued 01:30Z (01:30 GMT), called 02:10 K2 doctor, start 02:12, to LAB 02:20   wait 40, transferred out
     *    in LAB: called 02:50 K3 clerk, start 02:51, done 02:55                         wait 30, service 4, rated 3
     * t4 issued 09:00Z, called 10:00 K2 doctor, no-show 10:05                           wait 60
     * t5 issued 09:10Z, cancelled 09:50                                                 never called
     * t6 issued 23:50Z (23:50 GMT, the day's last minutes), called 00:20Z next day K1 clerk, done 00:30   wait 30, service 10
     * t7 issued 2026-10-26T00:10Z: the next day, not counted on the 25th
     * t8 issued 12:00Z, called 12:05 K1 clerk, start 12:06, to LAB 12:10; LAB called 12:30 K3 clerk, back to OPD 12:40;
     *    OPD called 13:00 K2 doctor, start 13:01, done 13:09        OPD: once, wait 5, service 4 + 8 = 12; LAB: wait 20, transferred out
     * t9 issued 14:00Z, called 14:15 K1 clerk, missed (back to queue) 14:17, called 14:40 K2 doctor, start 14:41, done 14:44
     *                                                                wait 15, service 3, counted at K2 (its last call)
     * </pre>
     * OPD waits 5, 10, 15, 20, 30, 40, 60: average 180/7 = 25.7, median (rank 4) 20, 90th (rank 7) 60, 5 of 7 within 30.
     * OPD service times 3, 5, 10, 10, 12: average 8, median (rank 3) 10, 90th (rank 5) 12.
     */
    private void writeTheHistory() {
        ReportHistory.issue(a, "2026-10-24T23:30:00Z").called("2026-10-24T23:40:00Z", a, k1, "clerk")
                .started("2026-10-24T23:41:00Z", a, k1, "clerk").completed("2026-10-24T23:46:00Z", a, k1, "clerk")
                .rated(a, opd, 5, "2026-10-24T23:50:00Z");
        ReportHistory.issue(a, "2026-10-25T00:30:00Z").called("2026-10-25T00:50:00Z", a, k1, "clerk")
                .completed("2026-10-25T01:00:00Z", a, k1, "clerk");
        ReportHistory.issue(a, "2026-10-25T01:30:00Z").called("2026-10-25T02:10:00Z", a, k2, "doctor")
                .started("2026-10-25T02:12:00Z", a, k2, "doctor").transferred("2026-10-25T02:20:00Z", b, k2, "doctor")
                .called("2026-10-25T02:50:00Z", b, k3, "clerk").started("2026-10-25T02:51:00Z", b, k3, "clerk")
                .completed("2026-10-25T02:55:00Z", b, k3, "clerk").rated(b, lab, 3, "2026-10-25T03:00:00Z");
        ReportHistory.issue(a, "2026-10-25T09:00:00Z").called("2026-10-25T10:00:00Z", a, k2, "doctor")
                .line("2026-10-25T10:05:00Z", "TICKET_NO_SHOW", a, k2, "doctor");
        ReportHistory.issue(a, "2026-10-25T09:10:00Z").line("2026-10-25T09:50:00Z", "TICKET_CANCELLED", a, null, "patient");
        ReportHistory.issue(a, "2026-10-25T23:50:00Z").called("2026-10-26T00:20:00Z", a, k1, "clerk")
                .completed("2026-10-26T00:30:00Z", a, k1, "clerk");
        ReportHistory.issue(a, "2026-10-26T00:10:00Z").called("2026-10-26T00:15:00Z", a, k1, "clerk");
        Ticket t8 = ReportHistory.issue(a, "2026-10-25T12:00:00Z").called("2026-10-25T12:05:00Z", a, k1, "clerk")
                .started("2026-10-25T12:06:00Z", a, k1, "clerk").transferred("2026-10-25T12:10:00Z", b, k1, "clerk");
        t8.called("2026-10-25T12:30:00Z", b, k3, "clerk").transferred("2026-10-25T12:40:00Z", a, k3, "clerk")
                .called("2026-10-25T13:00:00Z", a, k2, "doctor").started("2026-10-25T13:01:00Z", a, k2, "doctor")
                .completed("2026-10-25T13:09:00Z", a, k2, "doctor");
        ReportHistory.issue(a, "2026-10-25T14:00:00Z").called("2026-10-25T14:15:00Z", a, k1, "clerk")
                .line("2026-10-25T14:17:00Z", "TICKET_REQUEUED_AFTER_NO_SHOW", a, k1, "clerk")
                .called("2026-10-25T14:40:00Z", a, k2, "doctor").started("2026-10-25T14:41:00Z", a, k2, "doctor")
                .completed("2026-10-25T14:44:00Z", a, k2, "doctor");
    }

    private JsonObject report(String query) {
        HttpResponse<String> r = supervisor.get("api/reports?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r);
    }

    @Test
    void aDayOfOneServiceComputedLiveFromTheAuditTrailMatchesTheHandCheckedFigures() {
        writeTheHistory();

        JsonObject r = report("from=" + D + "&to=" + D + "&service=" + opd);

        assertThat(r.getString("timeZone")).isEqualTo("Europe/London");
        assertThat(r.getJsonObject("source").getString("percentiles")).isEqualTo("exact");
        JsonObject t = r.getJsonObject("totals");
        assertCounts(t, 8, 8, 0, 7, 5, 1, 1, 1, 0);
        JsonObject w = t.getJsonObject("waiting");
        assertThat(w.getJsonNumber("averageMinutes").doubleValue()).isEqualTo(25.7);
        assertThat(w.getJsonNumber("medianMinutes").doubleValue()).isEqualTo(20.0);
        assertThat(w.getJsonNumber("p90Minutes").doubleValue()).isEqualTo(60.0);
        assertThat(w.getJsonNumber("maxMinutes").doubleValue()).isEqualTo(60.0);
        assertThat(w.getBoolean("exact")).isTrue();
        assertThat(t.getJsonNumber("withinTarget").longValue()).isEqualTo(5);
        assertThat(t.getJsonNumber("withinTargetPercent").doubleValue()).isEqualTo(71.4);
        JsonObject s = t.getJsonObject("service");
        assertThat(s.getJsonNumber("count").longValue()).isEqualTo(5);
        assertThat(s.getJsonNumber("averageMinutes").doubleValue()).isEqualTo(8.0);
        assertThat(s.getJsonNumber("medianMinutes").doubleValue()).isEqualTo(10.0);
        assertThat(s.getJsonNumber("p90Minutes").doubleValue()).isEqualTo(12.0);
        assertThat(t.getJsonObject("feedback").getJsonNumber("count").longValue()).isEqualTo(1);
        assertThat(t.getJsonObject("feedback").getJsonNumber("average").doubleValue()).isEqualTo(5.0);

        // per counter and staff member: the counter and person of each visit's last call
        JsonObject byK1 = group(r.getJsonArray("counters"), counterCode(k1));
        JsonObject byK2 = group(r.getJsonArray("counters"), counterCode(k2));
        assertThat(byK1.getJsonObject("figures").getJsonNumber("arrivals").longValue()).as("t1, t2, t6").isEqualTo(3);
        assertThat(byK1.getJsonObject("figures").getJsonNumber("served").longValue()).isEqualTo(3);
        assertThat(byK2.getJsonObject("figures").getJsonNumber("arrivals").longValue()).as("t3, t4, t8, t9").isEqualTo(4);
        assertThat(byK2.getJsonObject("figures").getJsonNumber("noShows").longValue()).isEqualTo(1);
        assertThat(group(r.getJsonArray("counters"), null).getJsonObject("figures").getJsonNumber("cancelled").longValue())
                .as("t5 was never called").isEqualTo(1);
        assertThat(group(r.getJsonArray("staff"), "doctor").getJsonObject("figures").getJsonNumber("served").longValue()).isEqualTo(2);
        assertThat(group(r.getJsonArray("staff"), "clerk").getJsonObject("figures").getJsonNumber("served").longValue()).isEqualTo(3);

        // hours are local: 01:00-01:59 happened twice (t2 at 01:30 BST, t3 at 01:30 GMT)
        JsonArray hours = r.getJsonArray("hours");
        assertThat(hours).hasSize(24);
        assertThat(hour(hours, 0).getJsonNumber("arrivals").longValue()).isEqualTo(1);
        assertThat(hour(hours, 1).getJsonNumber("arrivals").longValue()).isEqualTo(2);
        assertThat(hour(hours, 1).getJsonNumber("averageWaitMinutes").doubleValue()).as("(20 + 40) / 2").isEqualTo(30.0);
        assertThat(hour(hours, 9).getJsonNumber("arrivals").longValue()).isEqualTo(2);
        assertThat(hour(hours, 23).getJsonNumber("arrivals").longValue()).isEqualTo(1);
        assertThat(hour(hours, 0).getJsonNumber("calls").longValue()).as("t1 at 23:40Z = 00:40 BST, t6 at 00:20 next day").isEqualTo(2);
        assertThat(r.getJsonArray("days")).hasSize(1);
        assertThat(bands(r)).as("0-5, 5-10, 10-15, 15-20, 20-30, 30-45, 45-60, ...").startsWith(1L, 1L, 1L, 1L, 1L, 1L, 1L, 0L);
        JsonObject appointments = r.getJsonObject("appointments");
        assertThat(appointments.getBoolean("available")).isTrue();
        assertThat(appointments.getJsonNumber("kept").longValue()).as("this service takes no appointments").isZero();
        assertThat(appointments.getJsonNumber("missed").longValue()).isZero();

        // the next day has t7 only; the day boundary is local midnight, not UTC
        assertCounts(report("from=2026-10-26&to=2026-10-26&service=" + opd).getJsonObject("totals"), 1, 1, 0, 1, 0, 0, 0, 0, 1);
    }

    @Test
    void aTransferredTicketCountsOnceInEachServiceItWasIn() {
        writeTheHistory();

        JsonObject labDay = report("from=" + D + "&to=" + D + "&service=" + lab).getJsonObject("totals");
        // t3 (served there) and t8 (sent back to OPD); nothing issued by the lab itself
        assertCounts(labDay, 2, 0, 2, 2, 1, 0, 0, 1, 0);
        assertThat(labDay.getJsonObject("waiting").getJsonNumber("averageMinutes").doubleValue()).as("(30 + 20) / 2").isEqualTo(25.0);
        assertThat(labDay.getJsonObject("service").getJsonNumber("averageMinutes").doubleValue()).isEqualTo(4.0);
        assertThat(labDay.getJsonObject("feedback").getJsonNumber("average").doubleValue()).as("t3's rating is the lab's").isEqualTo(3.0);

        JsonObject both = report("from=" + D + "&to=" + D + "&service=" + opd).getJsonObject("totals");
        assertThat(both.getJsonNumber("arrivals").longValue()).as("t8 came back to OPD but is one OPD visit").isEqualTo(8);
    }

    @Test
    void theNightlySummaryGivesTheSameCountsAndEstimatesPercentilesWithinTheirBuckets() {
        writeTheHistory();
        JsonObject live = report("from=" + D + "&to=2026-10-26&service=" + opd);

        HttpResponse<String> run = admin.postJson("api/reports/daily-summaries?from=" + D + "&to=2026-10-26", "");
        assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
        assertThat(Http.jsonStructure(run).asJsonArray()).hasSize(2);
        Object rows = ItDatabase.single("SELECT COUNT(*) FROM report_daily_summary WHERE business_date = ?", D);
        HttpResponse<String> again = admin.postJson("api/reports/daily-summaries?from=" + D + "&to=" + D, "");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ItDatabase.single("SELECT COUNT(*) FROM report_daily_summary WHERE business_date = ?", D))
                .as("re-running a day replaces its rows").isEqualTo(rows);

        JsonObject summarized = report("from=" + D + "&to=2026-10-26&service=" + opd);
        assertThat(summarized.getJsonObject("source").getInt("summarizedDays")).isEqualTo(2);
        assertThat(summarized.getJsonObject("source").getInt("liveDays")).isZero();
        assertThat(summarized.getJsonObject("source").getString("percentiles")).startsWith("estimated");
        JsonObject t = summarized.getJsonObject("totals");
        JsonObject l = live.getJsonObject("totals");
        for (String count : List.of("issued", "transferredIn", "arrivals", "called", "served", "noShows", "cancelled", "transferredOut",
                "open", "withinTarget")) {
            assertThat(t.getJsonNumber(count).longValue()).as(count).isEqualTo(l.getJsonNumber(count).longValue());
        }
        JsonObject w = t.getJsonObject("waiting");
        assertThat(w.getJsonNumber("averageMinutes").doubleValue()).isEqualTo(l.getJsonObject("waiting").getJsonNumber("averageMinutes").doubleValue());
        assertThat(w.getJsonNumber("maxMinutes").doubleValue()).isEqualTo(60.0);
        // waits 5, 10, 15, 20, 30, 40, 60 and t7's 5 (the 26th): median rank 4 = 15 min, in bucket (14, 15] min: 14.5
        assertThat(l.getJsonObject("waiting").getJsonNumber("medianMinutes").doubleValue()).isEqualTo(15.0);
        assertThat(w.getJsonNumber("medianMinutes").doubleValue()).isCloseTo(15.0, within(0.5));
        assertThat(w.getJsonNumber("p90Minutes").doubleValue()).isCloseTo(60.0, within(0.5));
        assertThat(w.getBoolean("exact")).isFalse();
        assertThat(summarized.getJsonArray("days")).hasSize(2);
        assertThat(bands(summarized)).isEqualTo(bands(live));
        assertThat(group(summarized.getJsonArray("staff"), "doctor").getJsonObject("figures").getJsonNumber("served").longValue()).isEqualTo(2);
        assertThat(hour(summarized.getJsonArray("hours"), 1).getJsonNumber("arrivals").longValue()).isEqualTo(2);

        JsonArray listed = Http.jsonStructure(supervisor.get("api/reports/daily-summaries?from=" + D + "&to=2026-10-26")).asJsonArray();
        assertThat(listed).hasSize(2);
    }

    @Test
    void aDayWhenClocksGoForwardHas23HoursAndNoOneOClock() {
        ReportHistory.issue(a, "2026-03-28T23:59:00Z");                                    // 23:59 GMT on the 28th
        ReportHistory.issue(a, "2026-03-29T00:30:00Z").called("2026-03-29T00:40:00Z", a, k1, "clerk");   // 00:30 GMT
        ReportHistory.issue(a, "2026-03-29T01:30:00Z").called("2026-03-29T02:00:00Z", a, k1, "clerk");   // 02:30 BST
        ReportHistory.issue(a, "2026-03-29T22:59:00Z");                                    // 23:59 BST, still the 29th
        ReportHistory.issue(a, "2026-03-29T23:00:00Z");                                    // 00:00 BST on the 30th

        JsonObject r = report("from=2026-03-29&to=2026-03-29&service=" + opd);

        assertThat(r.getJsonObject("totals").getJsonNumber("arrivals").longValue()).isEqualTo(3);
        JsonArray hours = r.getJsonArray("hours");
        assertThat(hour(hours, 0).getJsonNumber("arrivals").longValue()).isEqualTo(1);
        assertThat(hour(hours, 1).getJsonNumber("arrivals").longValue()).isZero();
        assertThat(hour(hours, 2).getJsonNumber("arrivals").longValue()).isEqualTo(1);
        assertThat(hour(hours, 23).getJsonNumber("arrivals").longValue()).isEqualTo(1);
        assertThat(r.getJsonObject("totals").getJsonObject("waiting").getJsonNumber("averageMinutes").doubleValue()).isEqualTo(20.0);
        JsonObject week = report("from=2026-03-28&to=2026-03-30&service=" + opd);
        assertThat(week.getJsonArray("days").stream().map(d -> d.asJsonObject().getJsonObject("figures").getJsonNumber("arrivals").longValue()))
                .containsExactly(1L, 3L, 1L);
    }

    @Test
    void todaysFiguresComeFromTheEngineItself() {
        setZone("Asia/Kolkata");
        Http clerk = anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        Http reception = anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        anonymous.postJson("api/tickets", "{\"serviceCode\":\"" + opd + "\",\"patientName\":\"Asha Verma\"}");
        JsonObject second = Http.json(anonymous.postJson("api/tickets", "{\"serviceCode\":\"" + opd + "\",\"patientName\":\"Ravi Kumar\"}"));
        assertThat(clerk.postJson("api/counters/" + k1 + "/call-next", "").statusCode()).isEqualTo(200);
        assertThat(clerk.postJson("api/counters/" + k1 + "/start", "").statusCode()).isEqualTo(200);
        assertThat(clerk.postJson("api/counters/" + k1 + "/complete", "").statusCode()).isEqualTo(200);
        HttpResponse<String> moved = reception.postJson("api/tickets/" + second.getJsonNumber("ticketId").longValue() + "/transfer",
                "{\"serviceCode\":\"" + lab + "\",\"reason\":\"needs a blood test\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(clerk.postJson("api/counters/" + k3 + "/call-next", "").statusCode()).isEqualTo(200);
        assertThat(clerk.postJson("api/counters/" + k3 + "/complete", "").statusCode()).isEqualTo(200);

        JsonObject today = report("");
        JsonObject opdToday = group(today.getJsonArray("services"), opd).getJsonObject("figures");
        JsonObject labToday = group(today.getJsonArray("services"), lab).getJsonObject("figures");
        assertCounts(opdToday, 2, 2, 0, 1, 1, 0, 0, 1, 0);
        assertCounts(labToday, 1, 0, 1, 1, 1, 0, 0, 0, 0);
        assertThat(group(today.getJsonArray("staff"), "clerk")).isNotNull();
    }

    @Test
    void onlySupervisorsAndAdminsReadReportsAndOnlyAdminsRecomputeSummaries() {
        assertThat(anonymous.get("api/reports").statusCode()).isEqualTo(401);
        assertThat(anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD).get("api/reports").statusCode()).isEqualTo(403);
        assertThat(anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD).get("api/reports/export.csv").statusCode()).isEqualTo(403);
        assertThat(admin.get("api/reports").statusCode()).isEqualTo(200);
        assertThat(supervisor.postJson("api/reports/daily-summaries?from=" + D + "&to=" + D, "").statusCode()).isEqualTo(403);
        assertThat(supervisor.get("api/reports?from=2026-03-02&to=2026-03-01").statusCode()).isEqualTo(400);
        assertThat(supervisor.get("api/reports?from=2025-01-01&to=2026-03-01").statusCode()).isEqualTo(400);
        assertThat(supervisor.get("api/reports?service=NOSUCH").statusCode()).isEqualTo(404);
        assertThat(supervisor.get("api/reports?target=0").statusCode()).isEqualTo(400);
        assertThat(admin.postJson("api/reports/daily-summaries?from=2099-01-01&to=2099-01-01", "").statusCode()).isEqualTo(400);
    }

    @Test
    void exportsAreACsvWithABomAndAPdf() {
        writeTheHistory();

        HttpResponse<byte[]> csv = supervisor.getBytes("api/reports/export.csv?from=" + D + "&to=" + D + "&service=" + opd + "&target=20");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"clinicqueue-report-" + D + "-" + opd + ".csv\"");
        byte[] body = csv.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).startsWith("breakdown,key,name,issued,");
        // 4 of 7 waits within 20 minutes
        assertThat(lines[1]).startsWith("total," + D + "/" + D + ",API " + opd + ",8,0,8,7,5,1,1,1,0,25.7,20,60,60,4,57.1,8,10,12,");

        HttpResponse<byte[]> pdf = supervisor.getBytes("api/reports/export.pdf?from=" + D + "&to=" + D + "&service=" + opd);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(new String(Arrays.copyOf(pdf.body(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.body().length).isGreaterThan(3000);
    }

    private static void assertCounts(JsonObject f, long arrivals, long issued, long transferredIn, long called, long served, long noShows,
                                     long cancelled, long transferredOut, long open) {
        assertThat(List.of(f.getJsonNumber("arrivals").longValue(), f.getJsonNumber("issued").longValue(),
                f.getJsonNumber("transferredIn").longValue(), f.getJsonNumber("called").longValue(), f.getJsonNumber("served").longValue(),
                f.getJsonNumber("noShows").longValue(), f.getJsonNumber("cancelled").longValue(),
                f.getJsonNumber("transferredOut").longValue(), f.getJsonNumber("open").longValue()))
                .as("arrivals, issued, transferred in, called, served, no-shows, cancelled, transferred out, open")
                .containsExactly(arrivals, issued, transferredIn, called, served, noShows, cancelled, transferredOut, open);
    }

    private static JsonObject group(JsonArray groups, String key) {
        for (JsonValue v : groups) {
            JsonObject g = v.asJsonObject();
            boolean nullKey = !g.containsKey("key") || g.isNull("key");
            if (key == null ? nullKey : !nullKey && key.equals(g.getString("key"))) {
                return g;
            }
        }
        throw new AssertionError("no line " + key + " in " + groups);
    }

    private static JsonObject hour(JsonArray hours, int hour) {
        return hours.getJsonObject(hour);
    }

    private static List<Long> bands(JsonObject report) {
        return report.getJsonArray("waitDistribution").stream().map(v -> v.asJsonObject().getJsonNumber("count").longValue()).toList();
    }

    private static String counterCode(long id) {
        return (String) ItDatabase.single("SELECT code FROM service_counter WHERE id = ?", id);
    }
}
