package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void displayedZeroPaddedAndSpokenLetterByLetter() {
        assertThat(new TicketNumber("OPD", 7).display()).isEqualTo("OPD-007");
        assertThat(new TicketNumber("OPD", 1234).display()).isEqualTo("OPD-1234");
        assertThat(new TicketNumber("OPD", 7).spoken()).isEqualTo("O P D 7");
        assertThat(new TicketNumber("L", 42).spoken()).isEqualTo("L 42");
    }
}
