package org.clinicqueue.domain.staff;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new staff password must satisfy. Long enough to resist guessing, and at most 72 bytes because
 * bcrypt ignores everything after that (two passwords sharing 72 bytes would both be accepted).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** @return why the password is refused, or empty when it is acceptable */
    public static Optional<String> problemWith(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("The password must not be longer than " + MAX_BYTES + " bytes.");
        }
        if (password.isBlank() || password.strip().length() != password.length()) {
            return Optional.of("The password must not start or end with spaces.");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("The password must not be the user name.");
        }
        return Optional.empty();
    }
}
