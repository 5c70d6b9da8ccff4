package org.clinicqueue.application.verification;

import java.time.Instant;

/**
 * What the patient is told after asking for a code: where it went (masked), until when it works and when
 * they may ask again. Never the code.
 */
public record CodeSent(String sentTo, Instant expiresAt, long validSeconds, long resendAfterSeconds) {
}
