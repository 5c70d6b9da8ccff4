package org.clinicqueue.domain.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SettingKeyTest {

    @Test
    void timeZoneParsesIanaNamesAndRefusesNonsenseWithAHint() {
        assertThat(SettingKey.TIME_ZONE.parse(" Asia/Kolkata ")).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThatThrownBy(() -> SettingKey.TIME_ZONE.parse("Mars/Olympus"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Asia/Kolkata");
        assertThatThrownBy(() -> SettingKey.TIME_ZONE.parse(" "))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keysAreFoundByNameAndUnknownNamesAreRefused() {
        assertThat(SettingKey.named("hospital.time-zone")).isSameAs(SettingKey.TIME_ZONE);
        assertThatThrownBy(() -> SettingKey.named("no.such")).isInstanceOf(InvalidInputException.class);
    }
}
