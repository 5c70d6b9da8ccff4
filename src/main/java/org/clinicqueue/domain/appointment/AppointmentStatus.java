package org.clinicqueue.domain.appointment;

/** Where an appointment stands. Only a CANCELLED one gives its slot back. */
public enum AppointmentStatus {
    /** Booked and not yet arrived: may be rescheduled, cancelled, checked in. */
    BOOKED,
    /** Arrived: a token exists in the doctor's queue; from here the ticket tells the rest. */
    CHECKED_IN,
    CANCELLED,
    /** Did not check in by the slot's start plus the no-show grace. */
    NO_SHOW;

    public boolean holdsSlot() {
        return this != CANCELLED;
    }
}
