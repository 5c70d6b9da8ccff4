package org.clinicqueue.domain.queue;

/** Who goes first. Higher rank is called earlier; within a rank, whoever joined first. */
public enum Priority {
    /** Everybody else. */
    NORMAL(0),
    /** Elderly, disabled or pregnant patients. */
    HIGH(1),
    /** Called before anybody else; also bypasses the daily limit and opening hours. */
    EMERGENCY(2);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }
}
