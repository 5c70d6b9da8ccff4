package org.clinicqueue.domain.queue;

/**
 * A counter's state. SERVING is set by the queue itself while a patient is called or in service; staff
 * choose between AVAILABLE, ON_BREAK and CLOSED.
 */
public enum CounterStatus {
    AVAILABLE, SERVING, ON_BREAK, CLOSED;

    /** Whether the counter takes patients now (and so counts for redistribution and wait estimates). */
    public boolean isOpen() {
        return this == AVAILABLE || this == SERVING;
    }
}
