package org.clinicqueue.application.verification;

/**
 * A code the patient typed correctly a moment ago, not yet used: the issuing transaction consumes it, so a
 * join refused for another reason (a typo in the name) does not waste the code.
 */
public record PhoneProof(long challengeId, String phone) {
}
