package org.clinicqueue.domain.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One bar of the waiting-time distribution chart: how many waits were longer than {@code fromMinutes} and at
 * most {@code toMinutes} (null: no upper limit). The band edges are whole minutes up to 4 hours, bucket
 * boundaries of {@link DurationHistogram}, so the counts are exact from roll-ups too.
 */
public record WaitBand(int fromMinutes, Integer toMinutes, long count) {

    static final int[] EDGES = {0, 5, 10, 15, 20, 30, 45, 60, 90, 120};

    public String label() {
        return toMinutes == null ? "> " + fromMinutes + " min" : fromMinutes + "–" + toMinutes + " min";
    }

    public static List<WaitBand> of(DurationHistogram waits) {
        List<WaitBand> bands = new ArrayList<>();
        long below = 0;
        for (int i = 1; i < EDGES.length; i++) {
            long upTo = waits.countAtMost(EDGES[i] * 60L);
            bands.add(new WaitBand(EDGES[i - 1], EDGES[i], upTo - below));
            below = upTo;
        }
        bands.add(new WaitBand(EDGES[EDGES.length - 1], null, waits.count() - below));
        return bands;
    }
}
