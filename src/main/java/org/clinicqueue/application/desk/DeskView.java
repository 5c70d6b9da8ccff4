package org.clinicqueue.application.desk;

import java.util.List;
import org.clinicqueue.application.audit.AuditLine;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.application.queries.TicketView;

/**
 * Everything a counter desk shows, read in one transaction so the parts agree with each other.
 *
 * @param current        the patient called to or served at the counter now, or null
 * @param currentHistory that patient's audit history (issued, transfers, calls), oldest first
 * @param waiting        the patients this counter may call, in the order it would call them
 * @param held           the patients this counter put on hold, waiting to be brought back
 */
public record DeskView(CounterView counter, TicketView current, List<AuditLine> currentHistory,
                       List<TicketView> waiting, List<TicketView> held) {
}
