package org.clinicqueue.interfaces.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.clinicqueue.application.reports.DayFigures;
import org.clinicqueue.application.reports.Figures;
import org.clinicqueue.application.reports.GroupFigures;
import org.clinicqueue.application.reports.HourFigures;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.application.reports.TimeFigures;
import org.clinicqueue.domain.reports.WaitBand;

/**
 * A report as a PDF to mail to management: the period and scope, the key figures, four charts (arrivals and
 * waits by hour, the waiting-time distribution, patients served per counter, the trend by day) and the tables
 * by service, counter and staff member. Drawn with Apache PDFBox: charts are PDF vector graphics, sharp at any
 * zoom and small.
 */
public final class ReportPdf {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    private ReportPdf() {
    }

    public static byte[] bytes(Report report) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("ClinicQueue report " + report.from() + " to " + report.to());
            document.getDocumentInformation().setCreator("ClinicQueue");
            try (PdfPages pages = new PdfPages(document, "ClinicQueue report, " + report.from() + " to " + report.to()
                    + " (" + ReportCsv.scopeName(report) + ")")) {
                write(report, pages);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Report r, PdfPages pages) {
        pages.newPage();
        pages.text(PdfPages.MARGIN, pages.y - 18, 18, true, "Patient queue report");
        pages.y -= 30;
        String period = r.from().equals(r.to()) ? r.from().toString() : r.from() + " to " + r.to();
        line(pages, 10, true, ReportCsv.scopeName(r) + ", " + period);
        line(pages, 8, false, "Days and hours in " + r.timeZone() + ". Generated "
                + GENERATED.format(r.generatedAt().atZone(ZoneId.of(r.timeZone()))) + ". Waiting-time target: "
                + r.targetMinutes() + " minutes. Percentiles: " + r.source().percentiles() + " (" + r.source().summarizedDays()
                + " days from the nightly summary, " + r.source().liveDays() + " computed live).");
        pages.y -= 8;
        keyFigures(pages, r);

        PdfCharts charts = new PdfCharts(pages);
        List<String> hourLabels = new ArrayList<>();
        double[] arrivals = new double[24];
        double[] waits = new double[24];
        for (HourFigures h : r.hours()) {
            hourLabels.add(String.valueOf(h.hour()));
            arrivals[h.hour()] = h.arrivals();
            waits[h.hour()] = h.averageWaitMinutes() == null ? Double.NaN : h.averageWaitMinutes();
        }
        charts.bars("Arrivals and waits by hour of the day", hourLabels, arrivals, "patients arriving", waits,
                "average wait of those arrivals (minutes, right axis)", 190);

        List<String> bandLabels = new ArrayList<>();
        double[] bands = new double[r.waitDistribution().size()];
        for (int i = 0; i < bands.length; i++) {
            WaitBand band = r.waitDistribution().get(i);
            bandLabels.add(band.toMinutes() == null ? ">" + band.fromMinutes() : band.fromMinutes() + "-" + band.toMinutes());
            bands[i] = band.count();
        }
        charts.bars("Waiting-time distribution (minutes)", bandLabels, bands, "patients called after waiting this long", null, null, 170);

        List<GroupFigures> counters = r.counters().stream().filter(g -> g.key() != null).toList();
        charts.horizontalBars("Patients served per counter", counters.stream().map(GroupFigures::label).toList(),
                counters.stream().mapToDouble(g -> g.figures().served()).toArray(), "patients served", 20);

        List<String> dayLabels = new ArrayList<>();
        double[] served = new double[r.days().size()];
        double[] dayWaits = new double[r.days().size()];
        for (int i = 0; i < served.length; i++) {
            DayFigures d = r.days().get(i);
            dayLabels.add(d.date().getDayOfMonth() + "/" + d.date().getMonthValue());
            served[i] = d.figures().served();
            Double w = d.figures().waiting().averageMinutes();
            dayWaits[i] = w == null ? Double.NaN : w;
        }
        charts.bars("Trend by day", dayLabels, served, "patients served", dayWaits, "average wait (minutes, right axis)", 190);

        table(pages, "By service", r.services());
        table(pages, "By counter", r.counters());
        table(pages, "By staff member", r.staff());
        pages.need(30);
        line(pages, 8, false, r.appointments().available()
                ? "Appointments: " + r.appointments().kept() + " kept, " + r.appointments().missed() + " missed."
                : "Appointments kept and missed: not available. " + r.appointments().note());
    }

    private static void line(PdfPages pages, float size, boolean bold, String text) {
        float maxWidth = PdfPages.WIDTH - 2 * PdfPages.MARGIN;
        List<String> lines = wrap(pages, text, size, bold, maxWidth);
        for (String l : lines) {
            pages.need(size + 4);
            pages.text(PdfPages.MARGIN, pages.y - size, size, bold, l);
            pages.y -= size + 4;
        }
    }

    private static List<String> wrap(PdfPages pages, String text, float size, boolean bold, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (pages.width(candidate, size, bold) > maxWidth && current.length() > 0) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static void keyFigures(PdfPages pages, Report r) {
        Figures t = r.totals();
        TimeFigures w = t.waiting();
        String[][] boxes = {
                {"Patients", String.valueOf(t.arrivals()), t.issued() + " tokens, " + t.transferredIn() + " transferred in"},
                {"Served", String.valueOf(t.served()), t.noShows() + " no-shows, " + t.cancelled() + " cancelled"},
                {"Transferred on", String.valueOf(t.transferredOut()), t.open() + " still open"},
                {"Within " + r.targetMinutes() + " min", t.withinTargetPercent() == null ? "–" : ReportCsv.number(t.withinTargetPercent()) + " %",
                        t.withinTarget() + " of " + t.called() + " called"},
                {"Average wait", minutes(w.averageMinutes()), "median " + minutes(w.medianMinutes())},
                {"90% waited at most", minutes(w.p90Minutes()), "longest " + minutes(w.maxMinutes())},
                {"Average service", minutes(t.service().averageMinutes()), "90th percentile " + minutes(t.service().p90Minutes())},
                {"Patient rating", t.feedback().average() == null ? "–" : ReportCsv.number(t.feedback().average()) + " / 5",
                        t.feedback().count() + " ratings"},
        };
        float boxWidth = (PdfPages.WIDTH - 2 * PdfPages.MARGIN - 3 * 8) / 4;
        float boxHeight = 50;
        pages.need(2 * boxHeight + 20);
        for (int i = 0; i < boxes.length; i++) {
            float x = PdfPages.MARGIN + (i % 4) * (boxWidth + 8);
            float top = pages.y - (i / 4) * (boxHeight + 8);
            pages.fillRect(x, top - boxHeight, boxWidth, boxHeight, new float[] {0.95f, 0.96f, 0.98f});
            pages.text(x + 6, top - 12, 7.5f, false, pages.fit(boxes[i][0], 7.5f, false, boxWidth - 12), 0.35f);
            pages.text(x + 6, top - 31, 16, true, boxes[i][1]);
            pages.text(x + 6, top - 44, 6.5f, false, pages.fit(boxes[i][2], 6.5f, false, boxWidth - 12), 0.45f);
        }
        pages.y -= 2 * boxHeight + 8 + 16;
    }

    private static final String[] COLUMNS = {"", "Patients", "Served", "No-shows", "Cancelled", "Avg wait", "90% wait",
            "On target", "Avg service", "Rating"};
    private static final float[] WIDTHS = {150, 42, 38, 42, 42, 40, 40, 48, 44, 30};

    private static void table(PdfPages pages, String title, List<GroupFigures> groups) {
        pages.need(60);
        pages.y -= 6;
        pages.text(PdfPages.MARGIN, pages.y - 12, 11, true, title);
        pages.y -= 20;
        header(pages);
        boolean shade = false;
        for (GroupFigures g : groups) {
            if (pages.y - 13 < PdfPages.MARGIN) {
                pages.newPage();
                header(pages);
            }
            Figures f = g.figures();
            String[] cells = {g.key() == null ? "(not called)" : g.label(), String.valueOf(f.arrivals()), String.valueOf(f.served()),
                    String.valueOf(f.noShows()), String.valueOf(f.cancelled()), minutes(f.waiting().averageMinutes()),
                    minutes(f.waiting().p90Minutes()), f.withinTargetPercent() == null ? "–" : ReportCsv.number(f.withinTargetPercent()) + " %",
                    minutes(f.service().averageMinutes()), f.feedback().average() == null ? "–" : ReportCsv.number(f.feedback().average())};
            if (shade) {
                pages.fillRect(PdfPages.MARGIN, pages.y - 12, PdfPages.WIDTH - 2 * PdfPages.MARGIN, 13, new float[] {0.96f, 0.96f, 0.96f});
            }
            row(pages, cells, false);
            shade = !shade;
        }
        if (groups.isEmpty()) {
            pages.text(PdfPages.MARGIN, pages.y - 9, 8, false, "No patients in this period.", 0.45f);
            pages.y -= 13;
        }
    }

    private static void header(PdfPages pages) {
        row(pages, COLUMNS, true);
        pages.line(PdfPages.MARGIN, pages.y + 2, PdfPages.WIDTH - PdfPages.MARGIN, pages.y + 2, PdfCharts.AXIS, 0.5f);
    }

    private static void row(PdfPages pages, String[] cells, boolean bold) {
        float x = PdfPages.MARGIN;
        for (int i = 0; i < cells.length; i++) {
            if (i == 0) {
                pages.text(x + 2, pages.y - 9, 7.5f, bold, pages.fit(cells[i], 7.5f, bold, WIDTHS[i] - 4));
            } else {
                pages.textRight(x + WIDTHS[i] - 2, pages.y - 9, 7.5f, bold, cells[i], 0.1f);
            }
            x += WIDTHS[i];
        }
        pages.y -= 13;
    }

    static String minutes(Double value) {
        return value == null ? "–" : ReportCsv.number(value) + " min";
    }
}
