package org.clinicqueue.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsAReasonablePassword() {
        assertThat(PasswordPolicy.problemWith("asha", "blue-river-42")).isEmpty();
    }

    @Test
    void refusesShortPasswords() {
        assertThat(PasswordPolicy.problemWith("asha", "short1")).hasValueSatisfying(p -> assertThat(p).contains("at least 8"));
        assertThat(PasswordPolicy.problemWith("asha", null)).isPresent();
    }

    @Test
    void refusesPasswordsBcryptWouldTruncate() {
        String seventyThreeBytes = "a".repeat(73);
        assertThat(PasswordPolicy.problemWith("asha", seventyThreeBytes)).hasValueSatisfying(p -> assertThat(p).contains("72 bytes"));
        // Devanagari letters take 3 bytes each in UTF-8: 25 of them are 75 bytes though only 25 characters.
        assertThat(PasswordPolicy.problemWith("asha", "क".repeat(25))).isPresent();
        assertThat(PasswordPolicy.problemWith("asha", "क".repeat(24))).isEmpty();
    }

    @Test
    void refusesTheUserNameAndSurroundingSpaces() {
        assertThat(PasswordPolicy.problemWith("reception", "RECEPTION")).isPresent();
        assertThat(PasswordPolicy.problemWith("asha", " leading-space")).isPresent();
    }
}
