package org.clinicqueue.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Percentiles over recorded samples (milliseconds), computed exactly from the sorted samples. */
final class Stats {

    private final List<Double> samples;

    Stats(Collection<Double> samples) {
        this.samples = new ArrayList<>(samples);
        Collections.sort(this.samples);
    }

    int count() {
        return samples.size();
    }

    double percentile(double p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * samples.size()) - 1;
        return samples.get(Math.max(0, Math.min(samples.size() - 1, index)));
    }

    double max() {
        return samples.isEmpty() ? Double.NaN : samples.get(samples.size() - 1);
    }

    double mean() {
        return samples.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    static String ms(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value < 10 ? String.format("%.1f ms", value) : String.format("%.0f ms", value);
    }
}
