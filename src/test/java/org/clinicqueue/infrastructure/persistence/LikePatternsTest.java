package org.clinicqueue.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreMatchedLiterally() {
        assertThat(LikePatterns.containing("room 1")).isEqualTo("%room 1%");
        assertThat(LikePatterns.containing("100%_x")).isEqualTo("%100!%!_x%");
        assertThat(LikePatterns.containing("wow!")).isEqualTo("%wow!!%");
    }
}
