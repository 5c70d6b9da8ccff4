package org.clinicqueue.application.reports;

import java.time.LocalDate;

/** One hospital-local day of the trend (visits that arrived that day). */
public record DayFigures(LocalDate date, Figures figures) {
}
