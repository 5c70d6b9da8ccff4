package org.clinicqueue.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class SmsTemplateTextTest {

    @Test
    void placeholdersAreFilledAndUnknownValuesStayVisible() {
        String text = SmsTemplateText.render("{number}: go to {counter}. {missing}", Map.of("number", "OPD-007", "counter", "Room $3"));

        assertThat(text).isEqualTo("OPD-007: go to Room $3. {missing}");
    }

    @Test
    void aTemplateMayUseOnlyItsKindsPlaceholders() {
        assertThatThrownBy(() -> SmsTemplateText.validate(SmsKind.CALLED, "{number} go to {counter} with {code}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{code}");
    }

    @Test
    void requiredPlaceholdersMustBeThere() {
        assertThatThrownBy(() -> SmsTemplateText.validate(SmsKind.TICKET_ISSUED, "Your ticket {number}"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{link}");
        assertThatThrownBy(() -> SmsTemplateText.validate(SmsKind.VERIFICATION_CODE, "Your code is ready"))
                .hasMessageContaining("{code}");
        assertThatThrownBy(() -> SmsTemplateText.validate(SmsKind.CALLED, "{number}, please come"))
                .hasMessageContaining("{counter}");
    }

    @Test
    void emptyLongOrControlCharacterTemplatesAreRefused() {
        assertThatThrownBy(() -> SmsTemplateText.validate(SmsKind.CALLED, "  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> SmsTemplateText.validate(SmsKind.CALLED, "{number} {counter}" + "x".repeat(480)))
                .hasMessageContaining("480");
        assertThatThrownBy(() -> SmsTemplateText.validate(SmsKind.CALLED, "{number}\u0007{counter}")).hasMessageContaining("control");
        assertThat(SmsTemplateText.validate(SmsKind.CALLED, "  {number}\n{counter}  ")).isEqualTo("{number}\n{counter}");
    }

    @Test
    void theShippedTemplatesAreValidInEveryShippedLanguage() {
        for (String language : new String[] {"en", "hi"}) {
            ResourceBundle bundle = ResourceBundle.getBundle("sms.templates", Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (SmsKind kind : SmsKind.values()) {
                String text = bundle.getString(kind.name());
                assertThat(SmsTemplateText.validate(kind, text)).as(kind + "/" + language).isNotBlank();
            }
        }
        ResourceBundle hindi = ResourceBundle.getBundle("sms.templates", Locale.forLanguageTag("hi"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        assertThat(hindi.getString("CALLED")).as("read as UTF-8").contains("आपकी बारी");
    }

    @Test
    void phonesAreMaskedToTheLastThreeDigits() {
        assertThat(PhoneMask.mask("+919800012345")).isEqualTo("**********345");
        assertThat(PhoneMask.mask("12")).isEqualTo("***");
    }
}
