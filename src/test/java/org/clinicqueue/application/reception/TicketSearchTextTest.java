package org.clinicqueue.application.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinicqueue.application.reception.TicketSearchText.Kind;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class TicketSearchTextTest {

    @Test
    void aPrintedNumberIsFoundHoweverItIsTyped() {
        for (String typed : new String[] {"OPD-007", "opd7", " OPD 007 ", "Opd-7"}) {
            TicketSearchText search = TicketSearchText.parse(typed);
            assertThat(search.kind()).as(typed).isEqualTo(Kind.NUMBER);
            assertThat(search.prefix()).as(typed).isEqualTo("OPD");
            assertThat(search.number()).as(typed).isEqualTo(7);
        }
    }

    @Test
    void fewDigitsAreANumberOfAnyServiceAndManyDigitsAPhone() {
        TicketSearchText number = TicketSearchText.parse("012");
        assertThat(number.kind()).isEqualTo(Kind.NUMBER);
        assertThat(number.prefix()).isNull();
        assertThat(number.number()).isEqualTo(12);

        TicketSearchText phone = TicketSearchText.parse("+91 98765-43210");
        assertThat(phone.kind()).isEqualTo(Kind.PHONE);
        assertThat(phone.text()).isEqualTo("919876543210");
    }

    @Test
    void anythingElseIsPartOfAName() {
        assertThat(TicketSearchText.parse("Ravi Kumar").kind()).isEqualTo(Kind.NAME);
        assertThat(TicketSearchText.parse("रवि").kind()).isEqualTo(Kind.NAME);
        assertThat(TicketSearchText.parse("<img src=x>").text()).isEqualTo("<img src=x>");
    }

    @Test
    void emptyOrHugeSearchesAreRefusedWithAReadableMessage() {
        assertThatThrownBy(() -> TicketSearchText.parse("  ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ticket number");
        assertThatThrownBy(() -> TicketSearchText.parse("x".repeat(81))).isInstanceOf(InvalidInputException.class);
    }
}
