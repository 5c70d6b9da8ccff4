package org.clinicqueue.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.clinicqueue.application.reports.FilterOptions;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.application.reports.ReportQueries;
import org.clinicqueue.application.reports.ReportRequest;
import org.clinicqueue.application.settings.HospitalClock;
import org.clinicqueue.domain.ClinicQueueException;
import org.clinicqueue.interfaces.reports.ReportCharts;

/**
 * {@code /console/supervisor/reports.xhtml?from=&to=&service=&counter=&staff=&target=} (SUPERVISOR, ADMIN): the
 * report as charts and tables, with its CSV and PDF downloads. The filter is a plain GET form, so a report is
 * a link that can be bookmarked or mailed. Everything shown comes computed from {@link ReportQueries}; this
 * bean only reads the parameters, offers the period shortcuts and turns the report into chart configurations.
 */
@Named
@RequestScoped
public class ReportsPage {

    @Inject
    private ReportQueries reports;

    @Inject
    private HospitalClock clock;

    private Report report;
    private String error;
    private FilterOptions options;
    private final Map<String, String> params = new LinkedHashMap<>();

    public Report getReport() {
        if (report == null && error == null) {
            Map<String, String> request = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
            for (String name : new String[] {"from", "to", "service", "counter", "staff", "target"}) {
                String value = request.get(name);
                if (value != null && !value.isBlank()) {
                    params.put(name, value.strip());
                }
            }
            try {
                report = reports.report(new ReportRequest(date(params.get("from")), date(params.get("to")), params.get("service"),
                        params.get("counter"), params.get("staff"), target(params.get("target"))));
            } catch (ClinicQueueException refused) {
                error = refused.getMessage();
            } catch (DateTimeParseException | NumberFormatException unreadable) {
                error = text("reports.badInput");
            }
        }
        return report;
    }

    public String getError() {
        getReport();
        return error;
    }

    public FilterOptions getOptions() {
        if (options == null) {
            options = reports.filterOptions();
        }
        return options;
    }

    /** The query string of this report (for the downloads), without the period shortcuts' dates. */
    public String getQuery() {
        getReport();
        StringBuilder query = new StringBuilder();
        if (report != null) {
            query.append("from=").append(report.from()).append("&to=").append(report.to()).append("&target=").append(report.targetMinutes());
        }
        for (String name : new String[] {"service", "counter", "staff"}) {
            if (params.containsKey(name)) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(params.get(name), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    public String param(String name) {
        getReport();
        return params.getOrDefault(name, "");
    }

    /** Shortcuts: today, yesterday, the last 7 days, this month, last month (hospital-local dates). */
    public Map<String, String> getShortcuts() {
        LocalDate today = clock.today();
        Map<String, String> shortcuts = new LinkedHashMap<>();
        shortcuts.put(text("reports.today"), period(today, today));
        shortcuts.put(text("reports.yesterday"), period(today.minusDays(1), today.minusDays(1)));
        shortcuts.put(text("reports.last7"), period(today.minusDays(6), today));
        shortcuts.put(text("reports.thisMonth"), period(today.withDayOfMonth(1), today));
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        shortcuts.put(text("reports.lastMonth"), period(lastMonth, lastMonth.withDayOfMonth(lastMonth.lengthOfMonth())));
        return shortcuts;
    }

    private String period(LocalDate from, LocalDate to) {
        StringBuilder query = new StringBuilder("from=" + from + "&to=" + to);
        for (String name : new String[] {"service", "counter", "staff", "target"}) {
            if (params.containsKey(name)) {
                query.append('&').append(name).append('=').append(URLEncoder.encode(params.get(name), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    public String getHourChart() {
        return getReport() == null ? null : ReportCharts.byHour(report, texts());
    }

    public String getDistributionChart() {
        return getReport() == null ? null : ReportCharts.waitDistribution(report, texts());
    }

    public String getCounterChart() {
        return getReport() == null ? null : ReportCharts.servedPerCounter(report, texts());
    }

    public String getTrendChart() {
        return getReport() == null ? null : ReportCharts.trendByDay(report, texts());
    }

    private ReportCharts.Texts texts() {
        return new ReportCharts.Texts(text("reports.chart.arrivals"), text("reports.chart.averageWait"), text("reports.chart.waits"),
                text("reports.chart.served"), text("reports.chart.minutes"), text("reports.chart.patients"));
    }

    private static String text(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        return ResourceBundle.getBundle("i18n.reports", context.getViewRoot().getLocale()).getString(key);
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Integer target(String text) {
        return text == null ? null : Integer.valueOf(text);
    }
}
