package org.clinicqueue.application.appointments;

import java.time.LocalDate;
import java.util.List;

/**
 * The free slots of one doctor on one date.
 *
 * @param timeZone  the hospital's zone, in which {@code date} and the slots' {@code time} are meant
 * @param dayOff    leave or a holiday covers the whole date
 * @param bookable  the date is within the booking horizon (today up to {@code appointments.booking-horizon-days})
 */
public record DaySlots(Long doctorId, LocalDate date, String timeZone, boolean dayOff, boolean bookable, List<SlotView> slots) {
}
