package org.clinicqueue.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class VisitFeedbackTest {

    private static VisitFeedback feedback(Integer rating, String comment) {
        return new VisitFeedback(1L, 2L, "OPD", "OPD-001", rating, comment, Instant.EPOCH);
    }

    @Test
    void ratingsGoFromOneToFive() {
        assertThat(feedback(1, null).getRating()).isEqualTo(1);
        assertThat(feedback(5, null).getRating()).isEqualTo(5);
        for (Integer bad : new Integer[] {0, 6, -1, null}) {
            assertThatThrownBy(() -> feedback(bad, null)).isInstanceOf(InvalidInputException.class).hasMessageContaining("1 (poor) to 5");
        }
    }

    @Test
    void commentsAreOptionalTrimmedAndMayHaveLineBreaks() {
        assertThat(feedback(4, "   ").getComment()).isNull();
        assertThat(feedback(4, "  Kind staff.\r\nLong wait. ").getComment()).isEqualTo("Kind staff.\nLong wait.");
        assertThat(feedback(4, "बहुत अच्छा").getComment()).isEqualTo("बहुत अच्छा");
    }

    @Test
    void invisibleCharactersAndOverlongCommentsAreRefused() {
        assertThatThrownBy(() -> feedback(3, "ok\u202Eevil")).hasMessageContaining("invisible");
        assertThatThrownBy(() -> feedback(3, "x".repeat(1001))).hasMessageContaining("1000");
    }
}
