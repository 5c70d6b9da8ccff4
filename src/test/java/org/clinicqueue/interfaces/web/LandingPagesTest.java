package org.clinicqueue.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LandingPagesTest {

    @Test
    void eachRoleLandsOnItsOwnPage() {
        assertThat(LandingPages.forUser(Set.of("ADMIN")::contains)).isEqualTo(LandingPages.ADMIN);
        assertThat(LandingPages.forUser(Set.of("SUPERVISOR")::contains)).isEqualTo(LandingPages.SUPERVISOR);
        assertThat(LandingPages.forUser(Set.of("RECEPTION")::contains)).isEqualTo(LandingPages.RECEPTION);
        assertThat(LandingPages.forUser(Set.of("OPERATOR")::contains)).isEqualTo(LandingPages.DESK);
    }

    @Test
    void severalRolesLandOnTheFirstInTheDocumentedOrder() {
        assertThat(LandingPages.forUser(Set.of("OPERATOR", "RECEPTION")::contains)).isEqualTo(LandingPages.RECEPTION);
        assertThat(LandingPages.forUser(Set.of("OPERATOR", "SUPERVISOR")::contains)).isEqualTo(LandingPages.SUPERVISOR);
        assertThat(LandingPages.forUser(Set.of("SUPERVISOR", "ADMIN", "OPERATOR")::contains)).isEqualTo(LandingPages.ADMIN);
    }

    @Test
    void anAccountWithoutConsoleRolesGetsOnlyItsAccountPage() {
        assertThat(LandingPages.forUser(Set.of("DISPLAY")::contains)).isEqualTo(LandingPages.ACCOUNT);
    }
}
