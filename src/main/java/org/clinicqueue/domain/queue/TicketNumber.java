package org.clinicqueue.domain.queue;

/**
 * What a patient reads on their ticket and hears in the hall: the issuing service's prefix and the day's
 * number, zero-padded to three digits ({@code OPD-007}; {@code OPD-1234} past 999).
 */
public record TicketNumber(String prefix, int number) {

    public TicketNumber {
        if (number < 1) {
            throw new IllegalArgumentException("ticket numbers start at 1");
        }
    }

    public String display() {
        return prefix + "-" + String.format("%03d", number);
    }

    /**
     * How a display should say it: letters one by one and the number as a number ("O P D 7"), because
     * speech engines read "OPD-007" as a word and "zero zero seven".
     */
    public String spoken() {
        return String.join(" ", prefix.split("")) + " " + number;
    }

    @Override
    public String toString() {
        return display();
    }
}
