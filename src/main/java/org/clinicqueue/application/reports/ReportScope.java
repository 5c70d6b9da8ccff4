package org.clinicqueue.application.reports;

/** The filters a report was computed with (null: all), with the names people read. */
public record ReportScope(String service, String serviceName, String counter, String counterName, String staff,
                          String staffName) {
}
