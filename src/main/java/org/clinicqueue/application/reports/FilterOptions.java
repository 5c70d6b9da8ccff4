package org.clinicqueue.application.reports;

import java.util.List;

/** What a report can be filtered by: every service, counter and staff member, active or not (history stays). */
public record FilterOptions(List<FilterOption> services, List<FilterOption> counters, List<FilterOption> staff) {
}
