package org.clinicqueue.application.verification;

import org.clinicqueue.domain.verification.OtpCheck;

/** The result of checking a typed code; {@code proof} only when accepted. */
public record CodeCheck(OtpCheck outcome, int triesLeft, PhoneProof proof) {
}
