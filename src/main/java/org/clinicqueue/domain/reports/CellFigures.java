package org.clinicqueue.domain.reports;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The figures of a set of visits, to be added up: counts by arrival and outcome, waiting and service times,
 * figures by hour, and the patients' ratings of the visits. Filled from {@link ServiceVisit}s (ticket detail)
 * or restored from a roll-up row; merged by adding.
 */
public final class CellFigures {

    private long issued;
    private long transferredIn;
    private long served;
    private long noShows;
    private long cancelled;
    private long transferredOut;
    private long open;
    private final DurationFigures waits;
    private final DurationFigures serviceTimes;
    private final HourlyCounts hourly;
    private final long[] ratings = new long[5];

    private CellFigures(DurationFigures waits, DurationFigures serviceTimes, HourlyCounts hourly) {
        this.waits = waits;
        this.serviceTimes = serviceTimes;
        this.hourly = hourly;
    }

    /** Empty, for visits from ticket detail (exact percentiles). */
    public static CellFigures fromDetail() {
        return new CellFigures(DurationFigures.exact(), DurationFigures.exact(), new HourlyCounts());
    }

    /** As stored in a roll-up row; counts in the order issued, transferredIn, served, noShows, cancelled, transferredOut, open. */
    public static CellFigures restored(long[] counts, DurationFigures waits, DurationFigures serviceTimes, HourlyCounts hourly,
                                       long[] ratings) {
        CellFigures cell = new CellFigures(waits, serviceTimes, hourly);
        cell.issued = counts[0];
        cell.transferredIn = counts[1];
        cell.served = counts[2];
        cell.noShows = counts[3];
        cell.cancelled = counts[4];
        cell.transferredOut = counts[5];
        cell.open = counts[6];
        System.arraycopy(ratings, 0, cell.ratings, 0, 5);
        return cell;
    }

    /** An empty cell of the same kind (exact or not) to merge others into. */
    public static CellFigures empty() {
        return fromDetail();
    }

    /** @param rating the patient's 1–5 rating of this visit, or null */
    public void add(ServiceVisit visit, ZoneId zone, Integer rating) {
        if (visit.arrival() == ArrivalKind.ISSUED) {
            issued++;
        } else {
            transferredIn++;
        }
        switch (visit.outcome()) {
            case SERVED -> served++;
            case NO_SHOW -> noShows++;
            case CANCELLED -> cancelled++;
            case TRANSFERRED_OUT -> transferredOut++;
            case OPEN -> open++;
        }
        int arrivalHour = ZonedDateTime.ofInstant(visit.arrivedAt(), zone).getHour();
        hourly.arrival(arrivalHour);
        Long wait = visit.waitSeconds();
        if (wait != null) {
            waits.add(wait);
            hourly.call(ZonedDateTime.ofInstant(visit.firstCalledAt(), zone).getHour());
            hourly.wait(arrivalHour, wait);
        }
        if (visit.serviceSeconds() != null) {
            serviceTimes.add(visit.serviceSeconds());
        }
        if (rating != null && rating >= 1 && rating <= 5) {
            ratings[rating - 1]++;
        }
    }

    public void addAll(CellFigures other) {
        issued += other.issued;
        transferredIn += other.transferredIn;
        served += other.served;
        noShows += other.noShows;
        cancelled += other.cancelled;
        transferredOut += other.transferredOut;
        open += other.open;
        waits.addAll(other.waits);
        serviceTimes.addAll(other.serviceTimes);
        hourly.addAll(other.hourly);
        for (int i = 0; i < 5; i++) {
            ratings[i] += other.ratings[i];
        }
    }

    /** Tokens issued by the service (new arrivals, not transfers). */
    public long issued() {
        return issued;
    }

    public long transferredIn() {
        return transferredIn;
    }

    /** All visits: issued plus transferred in; equals served + no-shows + cancelled + transferred out + open. */
    public long arrivals() {
        return issued + transferredIn;
    }

    public long served() {
        return served;
    }

    public long noShows() {
        return noShows;
    }

    public long cancelled() {
        return cancelled;
    }

    public long transferredOut() {
        return transferredOut;
    }

    public long open() {
        return open;
    }

    public DurationFigures waits() {
        return waits;
    }

    public DurationFigures serviceTimes() {
        return serviceTimes;
    }

    public HourlyCounts hourly() {
        return hourly;
    }

    /** How many visits were rated 1, 2, 3, 4, 5 (index 0 is rating 1). */
    public long[] ratings() {
        return ratings.clone();
    }

    public long ratingCount() {
        long n = 0;
        for (long r : ratings) {
            n += r;
        }
        return n;
    }

    /** Average rating, null when none. */
    public Double averageRating() {
        long n = ratingCount();
        if (n == 0) {
            return null;
        }
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * ratings[i];
        }
        return (double) sum / n;
    }
}
