package org.clinicqueue.application.reports;

import java.time.LocalDate;

/**
 * What a report is asked for. Every part is optional: the period defaults to today, the target to the
 * {@code reports.wait-target-minutes} setting, and no filter means the whole hospital.
 *
 * @param from          first hospital-local day
 * @param to            last hospital-local day (included)
 * @param serviceCode   one service only
 * @param counterCode   one counter only (the counter of the visits' last call)
 * @param staff         one staff member only (the username that made the visits' last call)
 * @param targetMinutes the waiting-time target, 1 to 240 minutes
 */
public record ReportRequest(LocalDate from, LocalDate to, String serviceCode, String counterCode, String staff,
                            Integer targetMinutes) {

    public static ReportRequest today() {
        return new ReportRequest(null, null, null, null, null, null);
    }
}
