package org.clinicqueue.application.appointments;

import java.time.LocalDate;

/** How many slots of a doctor are still free on a date (the booking page's date picker). */
public record DayAvailability(LocalDate date, int freeSlots, boolean dayOff) {
}
