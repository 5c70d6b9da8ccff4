package org.clinicqueue.it.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.UUID;
import org.clinicqueue.application.staff.PasswordHasher;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.staff.Role;
import org.clinicqueue.domain.staff.StaffAccount;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.SignedIn;
import org.clinicqueue.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Staff accounts through the EJB, in the real container against the real database and realm. */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    StaffAccounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    TestDatabase db;

    @Test
    void adminCreatesAnAccountThatIsStoredWithABcryptHashAndItsRoles() throws Exception {
        String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.asAdmin(() -> accounts.create(username, "  Nina Nurse ", "correct horse 1", EnumSet.of(Role.RECEPTION, Role.OPERATOR)));

        String hash = (String) db.single("SELECT password_hash FROM staff_account WHERE username = ?", username);
        assertThat(hash).startsWith("$2a$10$").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse 1", hash)).isTrue();
        assertThat(db.list("SELECT r.role_name FROM staff_account_role r JOIN staff_account a ON a.id = r.account_id WHERE a.username = ? ORDER BY 1", username))
                .containsExactly("OPERATOR", "RECEPTION");

        StaffAccount read = SignedIn.asAdmin(() -> accounts.findByUsername(username).orElseThrow());
        assertThat(read.getDisplayName()).isEqualTo("Nina Nurse");
        assertThat(read.isActive()).isTrue();
    }

    @Test
    void theNewAccountCanSignInThroughTheServersRealm() throws Exception {
        String username = "doc-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.asAdmin(() -> accounts.create(username, "Dr. New", "stethoscope-42", EnumSet.of(Role.OPERATOR)));

        StaffAccount me = SignedIn.as(username, "stethoscope-42", accounts::current);

        assertThat(me.getUsername()).isEqualTo(username);
    }

    @Test
    void aMethodForAdminsRefusesOtherRolesAndAnonymousCallers() {
        assertThatThrownBy(() -> SignedIn.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD,
                () -> accounts.create("sneaky-one", "Sneaky", "password-123", EnumSet.of(Role.ADMIN))))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> accounts.create("sneaky-two", "Sneaky", "password-123", EnumSet.of(Role.ADMIN)))
                .isInstanceOf(EJBAccessException.class);

        assertThat(db.single("SELECT COUNT(*) FROM staff_account WHERE username LIKE 'sneaky-%'")).hasToString("0");
    }

    @Test
    void badInputIsRefusedWithAReadableMessageAndStoresNothing() {
        assertThatThrownBy(() -> SignedIn.asAdmin(() -> accounts.create("shorty", "Shorty", "abc", EnumSet.of(Role.OPERATOR))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least 8 characters");
        assertThatThrownBy(() -> SignedIn.asAdmin(() -> accounts.create("Bad Name!", "Bad", "long-enough-1", EnumSet.of(Role.OPERATOR))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("user name");
        assertThatThrownBy(() -> SignedIn.asAdmin(() -> accounts.create(DemoAccounts.CLERK, "Clone", "long-enough-1", EnumSet.of(Role.OPERATOR))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already taken");

        assertThat(db.single("SELECT COUNT(*) FROM staff_account WHERE username IN ('shorty', 'bad name!')")).hasToString("0");
    }

    @Test
    void aDeactivatedAccountCanNoLongerSignInButKeepsItsRecord() throws Exception {
        String username = "temp-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.asAdmin(() -> accounts.create(username, "Temp", "temporary-1", EnumSet.of(Role.RECEPTION)));
        SignedIn.asAdmin(() -> accounts.deactivate(username));

        assertThatThrownBy(() -> SignedIn.as(username, "temporary-1", accounts::current))
                .isInstanceOf(SecurityException.class);
        assertThat(db.single("SELECT active FROM staff_account WHERE username = ?", username)).isIn(false, 0, (byte) 0);
    }

    @Test
    void staffChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        String username = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        SignedIn.asAdmin(() -> accounts.create(username, "Clerk", "first-password", EnumSet.of(Role.OPERATOR)));

        assertThatThrownBy(() -> SignedIn.as(username, "first-password", () -> accounts.changeOwnPassword("wrong", "second-password")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("current password");
        SignedIn.as(username, "first-password", () -> accounts.changeOwnPassword("first-password", "second-password"));

        assertThat(SignedIn.as(username, "second-password", accounts::current).getUsername()).isEqualTo(username);
    }
}
