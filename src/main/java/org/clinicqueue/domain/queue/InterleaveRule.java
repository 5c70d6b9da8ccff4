package org.clinicqueue.domain.queue;

/**
 * How checked-in appointments and walk-ins share a doctor's queue (setting {@code appointments.interleave}).
 * Either way an appointment is placed at its slot's time (a walk-in at the time they joined), and a patient
 * who arrived later than the late grace has no slot time at all: they are a walk-in from their arrival.
 */
public enum InterleaveRule {
    /**
     * Once its slot's time has come, an appointment goes ahead of every walk-in (of the same priority); before
     * that it waits in its slot's place among them. Appointments are seen on time, walk-ins fill the gaps.
     */
    APPOINTMENTS_FIRST,
    /**
     * One line by time: the slot's time for appointments, the joining time for walk-ins. A walk-in who has
     * waited since before the slot is seen first; appointments still come before anyone who joined after it.
     */
    BY_TIME
}
