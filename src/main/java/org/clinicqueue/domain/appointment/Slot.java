package org.clinicqueue.domain.appointment;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One bookable time of a doctor: where it starts and ends for everyone (UTC instants, as stored), and the
 * hospital's wall-clock time it was laid out at (what patients read).
 */
public record Slot(Instant start, Instant end, LocalDateTime localStart) {
}
