package org.clinicqueue.bench;

import java.util.ArrayList;
import java.util.List;

/** One scenario's figures, as rows of the report's table. */
final class Result {

    record Row(String metric, String value, String target, Boolean met) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Result(String title) {
        this.title = title;
    }

    Result row(String metric, String value) {
        rows.add(new Row(metric, value, "", null));
        return this;
    }

    Result row(String metric, String value, String target, boolean met) {
        rows.add(new Row(metric, value, target, met));
        return this;
    }

    Result note(String text) {
        notes.add(text);
        return this;
    }

    String title() {
        return title;
    }

    List<Row> rows() {
        return rows;
    }

    List<String> notes() {
        return notes;
    }

    boolean allTargetsMet() {
        return rows.stream().allMatch(r -> r.met() == null || r.met());
    }
}
