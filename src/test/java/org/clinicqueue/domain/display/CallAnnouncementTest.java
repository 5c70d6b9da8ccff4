package org.clinicqueue.domain.display;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class CallAnnouncementTest {

    private static final Instant NOW = Instant.parse("2026-03-02T04:00:00Z");
    private static final AnnouncementTemplate EN = new AnnouncementTemplate("en", "Token {number}, {name}, please go to {counter}.",
            "Token {number}, please go to {counter}.", NOW, "test");
    private static final AnnouncementTemplate HI = new AnnouncementTemplate("hi", "टोकन {number}, {name}, कृपया {counter} पर जाएँ।",
            "टोकन {number}, कृपया {counter} पर जाएँ।", NOW, "test");
    private static final Map<String, AnnouncementTemplate> TEMPLATES = Map.of("en", EN, "hi", HI);

    @Test
    void speaksInThePatientsLanguageWhenTheDisplayOffersIt() {
        List<Utterance> said = CallAnnouncement.sentences(TEMPLATES, List.of("en", "hi"), "hi", AnnounceLanguages.PATIENT_LANGUAGE,
                "O P D 7", "रवि क.", "कमरा 3", "OPD");

        assertThat(said).containsExactly(new Utterance("hi", "टोकन O P D 7, रवि क., कृपया कमरा 3 पर जाएँ।"));
    }

    @Test
    void fallsBackToTheDisplaysFirstLanguage() {
        List<Utterance> said = CallAnnouncement.sentences(TEMPLATES, List.of("en"), "ta", AnnounceLanguages.PATIENT_LANGUAGE,
                "O P D 7", "Ravi K.", "Room 3", "OPD");

        assertThat(said).containsExactly(new Utterance("en", "Token O P D 7, Ravi K., please go to Room 3."));
    }

    @Test
    void speaksEachDisplayLanguageInTurnAndSkipsLanguagesWithoutATemplate() {
        List<Utterance> said = CallAnnouncement.sentences(TEMPLATES, List.of("hi", "ta", "en"), "en",
                AnnounceLanguages.ALL_DISPLAY_LANGUAGES, "L 2", "Asha P.", "Lab 1", "Lab");

        assertThat(said).extracting(Utterance::lang).containsExactly("hi", "en");
    }

    @Test
    void withoutANameTheNamelessSentenceIsUsed() {
        assertThat(EN.render("O P D 7", null, "Room 3", "OPD")).isEqualTo("Token O P D 7, please go to Room 3.");
    }

    @Test
    void templatesMustSayTheNumberAndTheCounterAndTheNamelessOneNoName() {
        assertThatThrownBy(() -> new AnnouncementTemplate("en", "Next please", "Token {number} to {counter}", NOW, "t"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("{number} and {counter}");
        assertThatThrownBy(() -> new AnnouncementTemplate("en", "{number} {name} {counter}", "{number} {name} {counter}", NOW, "t"))
                .hasMessageContaining("must not contain {name}");
        assertThatThrownBy(() -> new AnnouncementTemplate("english", "{number} {counter}", "{number} {counter}", NOW, "t"))
                .isInstanceOf(InvalidInputException.class);
    }
}
