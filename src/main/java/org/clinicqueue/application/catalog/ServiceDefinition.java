package org.clinicqueue.application.catalog;

import java.time.LocalTime;

/**
 * What an admin enters for a service.
 *
 * @param openDays    e.g. "MON,TUE,WED,THU,FRI,SAT"; null or blank for every day
 * @param opensAt     null with closesAt null: open all day
 * @param dailyLimit  null: no limit
 */
public record ServiceDefinition(String code, String prefix, String name, String spokenName, String openDays,
                                LocalTime opensAt, LocalTime closesAt, Integer dailyLimit, int expectedMinutes) {

    public static ServiceDefinition allDay(String code, String prefix, String name, int expectedMinutes) {
        return new ServiceDefinition(code, prefix, name, null, null, null, null, null, expectedMinutes);
    }
}
