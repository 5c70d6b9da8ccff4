package org.clinicqueue.domain.display;

/** Which languages a display speaks a call in. */
public enum AnnounceLanguages {
    /** The patient's chosen language when the display offers it, otherwise the display's first language. */
    PATIENT_LANGUAGE,
    /** Each of the display's languages in turn. */
    ALL_DISPLAY_LANGUAGES
}
