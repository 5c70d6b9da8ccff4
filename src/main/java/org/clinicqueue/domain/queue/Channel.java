package org.clinicqueue.domain.queue;

/** How a ticket was issued; reported in statistics and shown to staff. */
public enum Channel {
    RECEPTION, KIOSK, PHONE, APPOINTMENT, API
}
