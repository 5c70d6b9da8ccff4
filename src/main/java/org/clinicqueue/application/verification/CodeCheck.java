package org.clinicqueue.application.verification;

import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.verification.OtpCheck;
import org.clinicqueue.domain.verification.OtpPolicy;

/** The result of checking a typed code; {@code proof} only when accepted. */
public record CodeCheck(OtpCheck outcome, int triesLeft, PhoneProof proof) {

    /**
     * The proof of an accepted code, or the refusal the patient reads (joining a queue and booking an
     * appointment say the same things).
     */
    public PhoneProof requireProof() {
        return switch (outcome) {
            case ACCEPTED -> proof;
            case WRONG -> throw new InvalidInputException("otp-wrong", "That code is not right. You have " + triesLeft
                    + (triesLeft == 1 ? " try" : " tries") + " left.");
            case LOCKED -> throw new ConflictException("otp-locked", "Too many wrong tries for this code. Ask for a new code.");
            case EXPIRED -> throw new ConflictException("otp-expired", "This code has expired: codes work for "
                    + OtpPolicy.VALIDITY.toMinutes() + " minutes. Ask for a new code.");
            case USED -> throw new ConflictException("otp-used", "This code has already been used or replaced by a newer one. "
                    + "Use the latest code, or ask for a new one.");
            case NO_CODE -> throw new ConflictException("otp-missing", "Ask for a code first: we send it to your phone by SMS.");
        };
    }
}
