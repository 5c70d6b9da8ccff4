/**
 * Proving that a patient holds the phone they typed: one-time codes sent by SMS. The rules (length,
 * validity, tries, cooldown, hourly limit) live in {@link org.clinicqueue.domain.verification.OtpPolicy};
 * codes are kept only as salted, keyed hashes ({@link org.clinicqueue.domain.verification.OtpHasher}).
 */
package org.clinicqueue.domain.verification;
