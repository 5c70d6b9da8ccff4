package org.clinicqueue.application.reports;

import java.util.Map;
import org.clinicqueue.domain.reports.CellFigures;
import org.clinicqueue.domain.reports.CellKey;

/** Cells computed from the audit trail, and how many visits went into them. */
record LiveCells(Map<CellKey, CellFigures> cells, int visits) {
}
