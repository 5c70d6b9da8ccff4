package org.clinicqueue.domain.reports;

import java.util.Arrays;

/**
 * Figures per hour of the hospital's local day (0 to 23): arrivals by the hour they arrived, calls by the hour
 * of the first call, and waits by the hour of arrival (so "patients arriving at 10 waited 25 minutes on
 * average"). On the day clocks go back, the repeated hour adds up both; on the day they go forward, the
 * skipped hour stays empty.
 */
public final class HourlyCounts {

    public static final int HOURS = 24;

    private final long[] arrivals = new long[HOURS];
    private final long[] calls = new long[HOURS];
    private final long[] waits = new long[HOURS];
    private final long[] waitSeconds = new long[HOURS];

    public void arrival(int hour) {
        arrivals[hour]++;
    }

    public void call(int hour) {
        calls[hour]++;
    }

    public void wait(int arrivalHour, long seconds) {
        waits[arrivalHour]++;
        waitSeconds[arrivalHour] += seconds;
    }

    public void addAll(HourlyCounts other) {
        for (int h = 0; h < HOURS; h++) {
            arrivals[h] += other.arrivals[h];
            calls[h] += other.calls[h];
            waits[h] += other.waits[h];
            waitSeconds[h] += other.waitSeconds[h];
        }
    }

    public long arrivals(int hour) {
        return arrivals[hour];
    }

    public long calls(int hour) {
        return calls[hour];
    }

    /** Average wait of the patients who arrived in this hour and were called; null if none. */
    public Double averageWaitSeconds(int hour) {
        return waits[hour] == 0 ? null : (double) waitSeconds[hour] / waits[hour];
    }

    /** Four lines of 24 numbers (arrivals; calls; waits; wait seconds) for a database column. */
    public String encode() {
        return line(arrivals) + ";" + line(calls) + ";" + line(waits) + ";" + line(waitSeconds);
    }

    public static HourlyCounts decode(String text) {
        HourlyCounts counts = new HourlyCounts();
        if (text == null || text.isBlank()) {
            return counts;
        }
        String[] lines = text.split(";");
        long[][] targets = {counts.arrivals, counts.calls, counts.waits, counts.waitSeconds};
        for (int i = 0; i < targets.length && i < lines.length; i++) {
            String[] values = lines[i].split(",");
            for (int h = 0; h < HOURS && h < values.length; h++) {
                targets[i][h] = Long.parseLong(values[h].strip());
            }
        }
        return counts;
    }

    private static String line(long[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Long::toString).toList());
    }
}
