package org.clinicqueue.domain.reports;

import java.time.LocalDate;

/**
 * The finest grain figures are kept at, live and in the nightly roll-up: one hospital-local day (the day the
 * visits arrived), one service, the counter and staff member of the visits' last call (both null for visits
 * never called). Every report is a sum of cells.
 */
public record CellKey(LocalDate day, long serviceId, Long counterId, String staff) {
}
