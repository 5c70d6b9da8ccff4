package org.clinicqueue.domain.display;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrivacyModeTest {

    @Test
    void eachModeShowsAsMuchAsItAllows() {
        assertThat(PrivacyMode.FULL_NAME.apply("Ravi Kumar")).isEqualTo("Ravi Kumar");
        assertThat(PrivacyMode.FIRST_NAME_AND_INITIAL.apply("Ravi Kumar")).isEqualTo("Ravi K.");
        assertThat(PrivacyMode.NUMBER_ONLY.apply("Ravi Kumar")).isNull();
        assertThat(PrivacyMode.FULL_NAME.apply(null)).isNull();
    }
}
