package org.clinicqueue.application.reports;

/**
 * The figures of a set of visits (a ticket's stay in one service; definitions in {@code docs/reports.md}).
 * {@code arrivals = issued + transferredIn = served + noShows + cancelled + transferredOut + open}.
 *
 * @param issued               tokens issued by the service
 * @param transferredIn        patients sent from another service
 * @param called               visits called at least once (the waits measured)
 * @param open                 still waiting or at a counter when the figures were computed
 * @param waiting              arrival to first call, of the visits called
 * @param service              time being served, of the visits served
 * @param withinTarget         called visits whose wait was at most the target
 * @param withinTargetPercent  withinTarget / called, in percent (one decimal); null when nobody was called
 */
public record Figures(long issued, long transferredIn, long arrivals, long called, long served, long noShows, long cancelled,
                      long transferredOut, long open, TimeFigures waiting, TimeFigures service, long withinTarget,
                      Double withinTargetPercent, FeedbackFigures feedback) {
}
