package org.clinicqueue.domain.appointment;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.clinicqueue.domain.InvalidInputException;

/**
 * What decides a doctor's slots: the slot length, the weekly working days and the dated exceptions that
 * concern them (their own leave and extra sessions, and the hospital's holidays).
 */
public record DoctorSchedule(int slotMinutes, Map<DayOfWeek, WorkingDay> week, List<DatedException> exceptions) {

    public static final int MIN_SLOT_MINUTES = 5;
    public static final int MAX_SLOT_MINUTES = 240;

    public DoctorSchedule {
        requireSlotMinutes(slotMinutes);
        week = week == null || week.isEmpty() ? Map.of() : new EnumMap<>(week);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public static DoctorSchedule of(int slotMinutes, List<WorkingDay> days, List<DatedException> exceptions) {
        Map<DayOfWeek, WorkingDay> week = new EnumMap<>(DayOfWeek.class);
        for (WorkingDay day : days) {
            if (week.put(day.day(), day) != null) {
                throw new InvalidInputException("invalid-schedule", day.day() + " is given twice; give each day once, with its breaks.");
            }
        }
        return new DoctorSchedule(slotMinutes, week, exceptions);
    }

    public static int requireSlotMinutes(int minutes) {
        if (minutes < MIN_SLOT_MINUTES || minutes > MAX_SLOT_MINUTES) {
            throw new InvalidInputException("invalid-slot-length", "A slot lasts " + MIN_SLOT_MINUTES + " to " + MAX_SLOT_MINUTES + " minutes.");
        }
        return minutes;
    }
}
