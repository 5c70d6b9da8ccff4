package org.clinicqueue.application.appointments;

import java.time.Instant;
import org.clinicqueue.domain.appointment.Slot;

/**
 * A slot as the API and pages show it.
 *
 * @param start what to send back when booking (a UTC instant)
 * @param time  the wall-clock start in the hospital's time zone ({@code 09:30})
 */
public record SlotView(Instant start, Instant end, String time) {

    static SlotView of(Slot slot) {
        return new SlotView(slot.start(), slot.end(), slot.localStart().toLocalTime().toString());
    }
}
