package org.clinicqueue.interfaces.reports;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.clinicqueue.application.reports.DayFigures;
import org.clinicqueue.application.reports.HourFigures;
import org.clinicqueue.application.reports.Report;
import org.clinicqueue.domain.reports.WaitBand;

/**
 * The reports page's charts as Chart.js configurations for PrimeFaces' {@code <p:chart>}: arrivals and waits by
 * hour, the waiting-time distribution, patients served per counter, and the trend by day. Labels come in the
 * page's language; the numbers are the report's.
 */
public final class ReportCharts {

    /** The chart texts in the page's language. */
    public record Texts(String arrivals, String averageWait, String waits, String served, String minutes, String patients) {
    }

    static final String BLUE = "rgba(46, 107, 184, 0.85)";
    static final String ORANGE = "rgb(230, 115, 26)";

    private ReportCharts() {
    }

    public static String byHour(Report r, Texts t) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder arrivals = Json.createArrayBuilder();
        JsonArrayBuilder waits = Json.createArrayBuilder();
        for (HourFigures h : r.hours()) {
            labels.add(String.format("%02d", h.hour()));
            arrivals.add(h.arrivals());
            addNullable(waits, h.averageWaitMinutes());
        }
        return barAndLine(labels, arrivals, t.arrivals(), waits, t.averageWait(), t.patients(), t.minutes());
    }

    public static String trendByDay(Report r, Texts t) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder served = Json.createArrayBuilder();
        JsonArrayBuilder waits = Json.createArrayBuilder();
        for (DayFigures d : r.days()) {
            labels.add(d.date().toString());
            served.add(d.figures().served());
            addNullable(waits, d.figures().waiting().averageMinutes());
        }
        return barAndLine(labels, served, t.served(), waits, t.averageWait(), t.patients(), t.minutes());
    }

    public static String waitDistribution(Report r, Texts t) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        for (WaitBand band : r.waitDistribution()) {
            labels.add(band.label());
            counts.add(band.count());
        }
        return config("bar", labels, Json.createArrayBuilder().add(dataset("bar", t.waits(), counts, BLUE, null)),
                Json.createObjectBuilder().add("y", axis(t.patients(), "left", true)), false).toString();
    }

    public static String servedPerCounter(Report r, Texts t) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder served = Json.createArrayBuilder();
        r.counters().stream().filter(g -> g.key() != null).forEach(g -> {
            labels.add(g.label());
            served.add(g.figures().served());
        });
        return config("bar", labels, Json.createArrayBuilder().add(dataset("bar", t.served(), served, BLUE, null)),
                Json.createObjectBuilder().add("x", axis(t.patients(), "bottom", true)), true).toString();
    }

    private static String barAndLine(JsonArrayBuilder labels, JsonArrayBuilder bars, String barLabel, JsonArrayBuilder line,
                                     String lineLabel, String barAxis, String lineAxis) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset("line", lineLabel, line, ORANGE, "y1"))
                .add(dataset("bar", barLabel, bars, BLUE, "y"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", axis(barAxis, "left", true))
                .add("y1", axis(lineAxis, "right", false));
        return config("bar", labels, datasets, scales, false).toString();
    }

    private static JsonObject config(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, JsonObjectBuilder scales,
                                     boolean horizontal) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build();
    }

    private static JsonObject dataset(String type, String label, JsonArrayBuilder data, String colour, String axis) {
        JsonObjectBuilder set = Json.createObjectBuilder()
                .add("type", type)
                .add("label", label)
                .add("data", data)
                .add("backgroundColor", colour)
                .add("borderColor", colour);
        if ("line".equals(type)) {
            set.add("spanGaps", true).add("tension", 0.2).add("order", 0);
        } else {
            set.add("order", 1);
        }
        if (axis != null) {
            set.add("yAxisID", axis);
        }
        return set.build();
    }

    private static JsonObject axis(String title, String position, boolean grid) {
        return Json.createObjectBuilder()
                .add("position", position)
                .add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title))
                .add("grid", Json.createObjectBuilder().add("drawOnChartArea", grid))
                .build();
    }

    private static void addNullable(JsonArrayBuilder array, Double value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
