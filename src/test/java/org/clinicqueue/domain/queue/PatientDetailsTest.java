package org.clinicqueue.domain.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PatientDetailsTest {

    @Test
    void namesInAnyScriptAreKeptTidied() {
        assertThat(PatientDetails.of("  Ravi   Kumar ", null, null).name()).isEqualTo("Ravi Kumar");
        assertThat(PatientDetails.of("रवि कुमार", null, "HI").name()).isEqualTo("रवि कुमार");
        assertThat(PatientDetails.of("O'Brien-Smith Jr.", null, null).name()).isEqualTo("O'Brien-Smith Jr.");
    }

    @Test
    void markupIsAcceptedAsTextBecauseEveryScreenEscapesIt() {
        assertThat(PatientDetails.of("<img src=x onerror=alert(1)>", null, null).name()).isEqualTo("<img src=x onerror=alert(1)>");
    }

    @Test
    void invisibleCharactersThatCouldBreakAPublicScreenAreRefused() {
        for (String name : new String[] {"Ravi\u202EKumar", "Ra\u200Bvi", "Ravi\nKumar", "Ravi\u0007", "Ravi\u2066x\u2069"}) {
            assertThatThrownBy(() -> PatientDetails.of(name, null, null)).as(name)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("invisible or control");
        }
    }

    @Test
    void emptyOverlongOrLetterlessNamesAreRefused() {
        assertThatThrownBy(() -> PatientDetails.of("   ", null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> PatientDetails.of("x".repeat(81), null, null)).hasMessageContaining("80");
        assertThatThrownBy(() -> PatientDetails.of("12345", null, null)).hasMessageContaining("letters");
        assertThat(PatientDetails.of("क".repeat(80), null, null).name()).hasSize(80);
    }

    @Test
    void phonesAreNormalisedOrRefused() {
        assertThat(PatientDetails.of("A", "+91 98765-43210", null).phone()).isEqualTo("+919876543210");
        assertThat(PatientDetails.of("A", "(022) 2345.6789", null).phone()).isEqualTo("02223456789");
        assertThat(PatientDetails.of("A", " ", null).phone()).isNull();
        assertThatThrownBy(() -> PatientDetails.of("A", "12345", null)).hasMessageContaining("7 to 15 digits");
        assertThatThrownBy(() -> PatientDetails.of("A", "98765abc43", null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void languageIsATwoLetterCodeDefaultingToEnglish() {
        assertThat(PatientDetails.of("A", null, null).language()).isEqualTo("en");
        assertThat(PatientDetails.of("A", null, "Hi").language()).isEqualTo("hi");
        assertThatThrownBy(() -> PatientDetails.of("A", null, "hindi")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void firstNameAndInitialForPrivateScreens() {
        assertThat(PatientDetails.firstNameAndInitial("Ravi Kumar")).isEqualTo("Ravi K.");
        assertThat(PatientDetails.firstNameAndInitial("Ravi Kumar Sharma")).isEqualTo("Ravi S.");
        assertThat(PatientDetails.firstNameAndInitial("Ravi")).isEqualTo("Ravi");
        assertThat(PatientDetails.firstNameAndInitial("रवि कुमार")).isEqualTo("रवि क.");
    }
}
