package org.clinicqueue.domain.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.clinicqueue.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class StaffAccountTest {

    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");

    @Test
    void keepsATrimmedDisplayNameAndItsRoles() {
        StaffAccount account = new StaffAccount("rekha.r", "  Rekha R ", "$2a$10$hash", EnumSet.of(Role.RECEPTION), NOW);

        assertThat(account.getDisplayName()).isEqualTo("Rekha R");
        assertThat(account.getRoles()).containsExactly(Role.RECEPTION);
        assertThat(account.isActive()).isTrue();
        assertThat(account.getPasswordChangedAt()).isEqualTo(NOW);
    }

    @Test
    void userNamesAreLowerCaseAndSafeCharacters() {
        for (String bad : List.of("", "ab", "Admin", "a b c", "name;drop", "-leading", "x".repeat(65))) {
            assertThatThrownBy(() -> new StaffAccount(bad, "Name", "h", EnumSet.of(Role.ADMIN), NOW))
                    .as(bad).isInstanceOf(InvalidInputException.class);
        }
        assertThat(new StaffAccount("dr.rao-2_x", "Dr Rao", "h", EnumSet.of(Role.OPERATOR), NOW).getUsername()).isEqualTo("dr.rao-2_x");
    }

    @Test
    void anAccountNeedsARoleAndADisplayName() {
        assertThatThrownBy(() -> new StaffAccount("nobody", "Nobody", "h", EnumSet.noneOf(Role.class), NOW))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new StaffAccount("nobody", "   ", "h", EnumSet.of(Role.ADMIN), NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void deactivationKeepsTheAccount() {
        StaffAccount account = new StaffAccount("temp1", "Temp", "h", EnumSet.of(Role.OPERATOR), NOW);
        account.deactivate();
        assertThat(account.isActive()).isFalse();
        account.activate();
        assertThat(account.isActive()).isTrue();
    }
}
