package org.clinicqueue.application.supervision;

import java.util.List;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.TicketView;

/**
 * The whole supervisor board, read in one transaction.
 *
 * @param overdue           waiting patients who have waited longer than {@code alertMinutes}, longest first
 * @param alertMinutes      the setting {@code supervisor.wait-alert-minutes} at the time of reading
 */
public record BoardView(List<ServiceLoad> services, List<CounterView> counters, List<TicketView> overdue, int alertMinutes) {
}
