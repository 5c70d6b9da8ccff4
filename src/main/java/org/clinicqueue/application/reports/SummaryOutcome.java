package org.clinicqueue.application.reports;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What summarising a day did.
 *
 * @param computed false when the day was skipped: another node had just computed it
 * @param visits   visits (tickets' stays in a service) that arrived that day
 * @param cells    rows written (service × counter × staff member)
 */
public record SummaryOutcome(LocalDate day, boolean computed, int visits, int cells, Instant computedAt, String computedBy,
                             long millis) {
}
