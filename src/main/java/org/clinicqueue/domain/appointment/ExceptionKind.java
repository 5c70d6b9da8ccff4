package org.clinicqueue.domain.appointment;

/** What a dated exception to the weekly schedule does. */
public enum ExceptionKind {
    /** The doctor is away: whole days, or some hours of one day. No slots then. */
    LEAVE,
    /** The hospital is closed: whole days, for every doctor (or only one, if a doctor is named). */
    HOLIDAY,
    /** The doctor works on a date outside (or beyond) the weekly hours: extra slots then. */
    EXTRA_SESSION;

    public boolean removesSlots() {
        return this != EXTRA_SESSION;
    }
}
