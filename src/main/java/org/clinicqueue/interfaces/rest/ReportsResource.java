package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.clinicqueue.application.reports.DailySummaries;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.application.reports.ReportQueries;
import org.clinicqueue.application.reports.ReportRequest;
import org.clinicqueue.application.reports.SummaryOutcome;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.reports.SummarizedDay;
import org.clinicqueue.interfaces.reports.ReportCsv;
import org.clinicqueue.interfaces.reports.ReportPdf;

/**
 * Reports (SUPERVISOR, ADMIN). The same query parameters everywhere: {@code from}, {@code to} (hospital-local
 * dates such as 2026-03-01; default today, {@code from} defaults to {@code to}), {@code service}, {@code counter}
 * (codes), {@code staff} (username), {@code target} (minutes).
 * <ul>
 *     <li>{@code GET /api/reports}: the report as JSON</li>
 *     <li>{@code GET /api/reports/export.csv}, {@code /export.pdf}: downloads</li>
 *     <li>{@code GET /api/reports/daily-summaries?from=&to=}: which days the nightly summary holds</li>
 *     <li>{@code POST /api/reports/daily-summaries?from=&to=} (ADMIN): recompute those days now</li>
 * </ul>
 */
@Path("reports")
public class ReportsResource {

    /** A summarised day, as listed. */
    public record SummaryDay(LocalDate day, Instant computedAt, String computedBy, int visits, int rows) {
        static SummaryDay of(SummarizedDay d) {
            return new SummaryDay(d.getBusinessDate(), d.getComputedAt(), d.getComputedBy(), d.getVisits(), d.getCells());
        }
    }

    @Inject
    private ReportQueries reports;

    @Inject
    private DailySummaries summaries;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Report report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("service") String service,
                         @QueryParam("counter") String counter, @QueryParam("staff") String staff, @QueryParam("target") Integer target) {
        return reports.report(request(from, to, service, counter, staff, target));
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("service") String service,
                        @QueryParam("counter") String counter, @QueryParam("staff") String staff, @QueryParam("target") Integer target) {
        Report report = reports.report(request(from, to, service, counter, staff, target));
        return download(ReportCsv.bytes(report), fileName(report, "csv"), "text/csv; charset=UTF-8");
    }

    @GET
    @Path("export.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("service") String service,
                        @QueryParam("counter") String counter, @QueryParam("staff") String staff, @QueryParam("target") Integer target) {
        Report report = reports.report(request(from, to, service, counter, staff, target));
        return download(ReportPdf.bytes(report), fileName(report, "pdf"), "application/pdf");
    }

    @GET
    @Path("daily-summaries")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SummaryDay> summarized(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate last = date(to, "to");
        LocalDate first = date(from, "from");
        if (first == null || last == null) {
            throw new InvalidInputException("invalid-period", "Give from and to, e.g. ?from=2026-03-01&to=2026-03-31.");
        }
        return summaries.summarized(first, last).stream().map(SummaryDay::of).toList();
    }

    @POST
    @Path("daily-summaries")
    @Produces(MediaType.APPLICATION_JSON)
    public List<SummaryOutcome> recompute(@QueryParam("from") String from, @QueryParam("to") String to) {
        return summaries.recompute(date(from, "from"), date(to, "to"));
    }

    static ReportRequest request(String from, String to, String service, String counter, String staff, Integer target) {
        return new ReportRequest(date(from, "from"), date(to, "to"), service, counter, staff, target);
    }

    /** e.g. {@code clinicqueue-report-2026-03-01-to-2026-03-31-OPD.csv}: safe characters only. */
    static String fileName(Report report, String extension) {
        StringBuilder name = new StringBuilder("clinicqueue-report-").append(report.from());
        if (!report.to().equals(report.from())) {
            name.append("-to-").append(report.to());
        }
        for (String part : new String[] {report.scope().service(), report.scope().counter(), report.scope().staff()}) {
            if (part != null) {
                name.append('-').append(part.replaceAll("[^A-Za-z0-9._-]", "_"));
            }
        }
        return name.append('.').append(extension).toString();
    }

    private static Response download(byte[] body, String fileName, String type) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static LocalDate date(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-date", what + " must be a date such as 2026-03-01.");
        }
    }
}
