package org.clinicqueue.domain.verification;

/** What checking a typed code against a phone's current code found. */
public enum OtpCheck {
    /** Right code, still valid and unused. */
    ACCEPTED,
    /** Wrong code; a try was used up. */
    WRONG,
    /** Right or wrong, the code is older than five minutes. */
    EXPIRED,
    /** Five wrong tries: the code is dead; the patient must ask for a new one. */
    LOCKED,
    /** The code was used already (or replaced by a newer one). */
    USED,
    /** This phone has not asked for a code. */
    NO_CODE
}
