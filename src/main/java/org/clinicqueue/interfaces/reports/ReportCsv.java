package org.clinicqueue.interfaces.reports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicqueue.application.reports.DayFigures;
import org.clinicqueue.application.reports.Figures;
import org.clinicqueue.application.reports.GroupFigures;
import org.clinicqueue.application.reports.HourFigures;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.application.reports.TimeFigures;
import org.clinicqueue.domain.reports.WaitBand;

/**
 * A report as one CSV table (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break in double quotes, quotes doubled), UTF-8 with a byte-order mark so Excel shows Hindi names. One row per
 * line of the report; the first column says which breakdown it belongs to: {@code total}, {@code service},
 * {@code counter}, {@code staff}, {@code day}, {@code hour}, {@code wait_band}. Times are minutes with a
 * decimal point. Text that a spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with
 * an apostrophe.
 */
public final class ReportCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    static final List<String> HEADER = List.of("breakdown", "key", "name", "issued", "transferred_in", "arrivals", "called", "served",
            "no_shows", "cancelled", "transferred_out", "open", "wait_avg_min", "wait_median_min", "wait_p90_min", "wait_max_min",
            "within_target", "within_target_pct", "service_avg_min", "service_median_min", "service_p90_min", "service_max_min",
            "feedback_count", "feedback_avg");

    private ReportCsv() {
    }

    public static byte[] bytes(Report report) {
        byte[] text = text(report).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    public static String text(Report report) {
        StringBuilder csv = new StringBuilder();
        line(csv, HEADER);
        line(csv, row("total", report.from() + "/" + report.to(), scopeName(report), report.totals()));
        report.services().forEach(g -> line(csv, group("service", g)));
        report.counters().forEach(g -> line(csv, group("counter", g)));
        report.staff().forEach(g -> line(csv, group("staff", g)));
        for (DayFigures d : report.days()) {
            line(csv, row("day", d.date().toString(), d.date().getDayOfWeek().toString().substring(0, 3), d.figures()));
        }
        for (HourFigures h : report.hours()) {
            List<String> cells = empty();
            cells.set(0, "hour");
            cells.set(1, String.valueOf(h.hour()));
            cells.set(2, String.format(Locale.ROOT, "%02d:00–%02d:00", h.hour(), (h.hour() + 1) % 24));
            cells.set(5, String.valueOf(h.arrivals()));
            cells.set(6, String.valueOf(h.calls()));
            cells.set(12, number(h.averageWaitMinutes()));
            line(csv, cells);
        }
        for (WaitBand band : report.waitDistribution()) {
            List<String> cells = empty();
            cells.set(0, "wait_band");
            cells.set(1, band.fromMinutes() + "-" + (band.toMinutes() == null ? "" : band.toMinutes()));
            cells.set(2, band.label());
            cells.set(6, String.valueOf(band.count()));
            line(csv, cells);
        }
        return csv.toString();
    }

    static String scopeName(Report report) {
        List<String> parts = new ArrayList<>();
        if (report.scope().service() != null) {
            parts.add(report.scope().serviceName());
        }
        if (report.scope().counter() != null) {
            parts.add(report.scope().counterName());
        }
        if (report.scope().staff() != null) {
            parts.add(report.scope().staffName());
        }
        return parts.isEmpty() ? "All services" : String.join(", ", parts);
    }

    private static List<String> group(String breakdown, GroupFigures g) {
        return row(breakdown, g.key() == null ? "" : g.key(), g.key() == null ? "(not called)" : g.label(), g.figures());
    }

    private static List<String> row(String breakdown, String key, String name, Figures f) {
        TimeFigures w = f.waiting();
        TimeFigures s = f.service();
        return List.of(breakdown, key, name, String.valueOf(f.issued()), String.valueOf(f.transferredIn()), String.valueOf(f.arrivals()),
                String.valueOf(f.called()), String.valueOf(f.served()), String.valueOf(f.noShows()), String.valueOf(f.cancelled()),
                String.valueOf(f.transferredOut()), String.valueOf(f.open()), number(w.averageMinutes()), number(w.medianMinutes()),
                number(w.p90Minutes()), number(w.maxMinutes()), String.valueOf(f.withinTarget()), number(f.withinTargetPercent()),
                number(s.averageMinutes()), number(s.medianMinutes()), number(s.p90Minutes()), number(s.maxMinutes()),
                String.valueOf(f.feedback().count()), number(f.feedback().average()));
    }

    private static List<String> empty() {
        List<String> cells = new ArrayList<>(HEADER.size());
        HEADER.forEach(h -> cells.add(""));
        return cells;
    }

    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    /** One field, quoted when RFC 4180 requires it, defused when a spreadsheet would take it for a formula. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = value;
        char first = text.charAt(0);
        if ((first == '=' || first == '+' || first == '-' || first == '@') && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
