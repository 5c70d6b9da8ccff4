package org.clinicqueue.domain.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.ClinicService;
import org.junit.jupiter.api.Test;

class DisplayDeviceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");
    private static final ClinicService OPD = new ClinicService("OPD", "OPD", "General OPD");

    @Test
    void aNewDeviceGetsAStrongSecretThatOnlyItsHashRemembers() {
        DisplayDevice.Created created = DisplayDevice.create("hall-a", "Main hall", List.of(OPD), List.of("en", "hi"), NOW);

        assertThat(created.secret()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(created.device().getCode()).isEqualTo("HALL-A");
        assertThat(created.device().acceptsSecret(created.secret())).isTrue();
        assertThat(created.device().acceptsSecret(created.secret() + "x")).isFalse();
        assertThat(created.device().acceptsSecret(null)).isFalse();
        assertThat(created.device().getLanguages()).containsExactly("en", "hi");
    }

    @Test
    void aRenewedSecretReplacesTheOldOneAndADeactivatedDeviceAcceptsNone() {
        DisplayDevice.Created created = DisplayDevice.create("HALL-B", "Lab hall", List.of(OPD), List.of("en"), NOW);
        String renewed = created.device().newSecret();

        assertThat(created.device().acceptsSecret(created.secret())).isFalse();
        assertThat(created.device().acceptsSecret(renewed)).isTrue();
        created.device().deactivate();
        assertThat(created.device().acceptsSecret(renewed)).isFalse();
    }

    @Test
    void chosenSecretsMustBeAsStrongAndTheConfigurationSensible() {
        DisplayDevice device = DisplayDevice.create("HALL-C", "Pharmacy", List.of(OPD), List.of("en"), NOW).device();

        assertThatThrownBy(() -> device.useSecret("short")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> device.configure("Pharmacy", List.of(), List.of("en"))).hasMessageContaining("at least one service");
        assertThatThrownBy(() -> device.configure("Pharmacy", List.of(OPD), List.of("english"))).hasMessageContaining("two-letter");
        assertThatThrownBy(() -> DisplayDevice.create("hall a!", "x", List.of(OPD), List.of("en"), NOW)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void supervisorMessagesAreCheckedToo() {
        assertThatThrownBy(() -> new DisplayMessage(" ", null, NOW, "s", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new DisplayMessage("Clinic \u202Eclosed", null, NOW, "s", null)).hasMessageContaining("invisible");
        DisplayMessage message = new DisplayMessage("  Dr. Rao's   clinic starts at 11:00 ", null, NOW, "s", NOW.plusSeconds(60));
        assertThat(message.getText()).isEqualTo("Dr. Rao's clinic starts at 11:00");
        assertThat(message.isShownAt(NOW.plusSeconds(59))).isTrue();
        assertThat(message.isShownAt(NOW.plusSeconds(61))).isFalse();
    }
}
