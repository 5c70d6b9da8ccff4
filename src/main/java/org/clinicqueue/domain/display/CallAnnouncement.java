package org.clinicqueue.domain.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a display says for a call: the sentence(s) from the announcement templates, in the patient's language
 * or in each of the display's languages, with the name as the privacy mode allows and the counter's spoken
 * name. The display speaks the list in order and repeats it as configured; a language without a template is
 * skipped (the display still chimes and flashes the call).
 */
public final class CallAnnouncement {

    private CallAnnouncement() {
    }

    /**
     * @param templates        announcement templates by language
     * @param displayLanguages the display's languages, first is its main one
     * @param patientLanguage  the language the patient chose
     * @param name             the patient's name already filtered by the privacy mode (null: no name)
     */
    public static List<Utterance> sentences(Map<String, AnnouncementTemplate> templates, List<String> displayLanguages,
                                            String patientLanguage, AnnounceLanguages mode, String spokenNumber,
                                            String name, String counter, String service) {
        List<String> languages = new ArrayList<>();
        if (mode == AnnounceLanguages.ALL_DISPLAY_LANGUAGES) {
            languages.addAll(displayLanguages);
        } else {
            languages.add(displayLanguages.contains(patientLanguage) ? patientLanguage : displayLanguages.get(0));
        }
        List<Utterance> sentences = new ArrayList<>();
        for (String language : languages) {
            AnnouncementTemplate template = templates.get(language);
            if (template != null) {
                sentences.add(new Utterance(language, template.render(spokenNumber, name, counter, service)));
            }
        }
        return sentences;
    }
}
