package org.clinicqueue.application.reports;

import java.util.Map;

/** The names people read for the ids and usernames in cells: services, counters, staff. */
record CellLabels(Map<Long, String[]> services, Map<Long, String[]> counters, Map<String, String> staffNames) {

    String serviceCode(long id) {
        String[] s = services.get(id);
        return s == null ? "#" + id : s[0];
    }

    String serviceName(long id) {
        String[] s = services.get(id);
        return s == null ? "#" + id : s[1];
    }

    String counterCode(Long id) {
        String[] c = id == null ? null : counters.get(id);
        return id == null ? null : c == null ? "#" + id : c[0];
    }

    String counterName(Long id) {
        String[] c = id == null ? null : counters.get(id);
        return id == null ? null : c == null ? "#" + id : c[1];
    }

    String staffName(String username) {
        return username == null ? null : staffNames.getOrDefault(username, username);
    }
}
