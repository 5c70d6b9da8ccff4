package org.clinicqueue.domain.display;

import org.clinicqueue.domain.queue.PatientDetails;

/**
 * How much of a patient's name a public screen shows and says. The server applies it before anything
 * leaves for a display, so a screen in number-only mode never receives a name at all.
 */
public enum PrivacyMode {
    /** "Ravi Kumar" */
    FULL_NAME,
    /** "Ravi K." */
    FIRST_NAME_AND_INITIAL,
    /** no name: the number and the counter only */
    NUMBER_ONLY;

    /** @return the name as this mode allows it, or null when no name may be shown */
    public String apply(String fullName) {
        if (fullName == null) {
            return null;
        }
        return switch (this) {
            case FULL_NAME -> fullName;
            case FIRST_NAME_AND_INITIAL -> PatientDetails.firstNameAndInitial(fullName);
            case NUMBER_ONLY -> null;
        };
    }
}
