package org.clinicqueue.it.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.clinicqueue.application.setup.FirstAdminSetup;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.SignedIn;
import org.clinicqueue.it.support.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A new installation has no administrator: the setup opens, asks for the token that only the server's
 * owner can read, creates the admin, and closes for good. Simulated here by deactivating the demo admins.
 */
@ExtendWith(ArquillianExtension.class)
class FirstAdminSetupIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.app();
    }

    @Inject
    FirstAdminSetup setup;

    @Inject
    StaffAccounts accounts;

    @Inject
    TestDatabase db;

    @AfterEach
    void restoreDemoAdmin() {
        db.update("UPDATE staff_account SET active = TRUE WHERE username = 'admin'");
        db.update("UPDATE staff_account a JOIN staff_account_role r ON r.account_id = a.id SET a.active = FALSE "
                + "WHERE r.role_name = 'ADMIN' AND a.username LIKE 'first-admin-%'");
    }

    @Test
    void setupOpensWithoutAdminNeedsTheTokenAndClosesOnceAnAdminExists() throws Exception {
        db.update("UPDATE staff_account a JOIN staff_account_role r ON r.account_id = a.id SET a.active = FALSE WHERE r.role_name = 'ADMIN'");

        Path tokenFile = Path.of(System.getProperty("jboss.server.data.dir"), "clinicqueue", "first-admin-token.txt");
        assertThat(setup.isOpen()).isTrue();
        assertThat(tokenFile).exists();
        String token = Files.readString(tokenFile).strip();

        assertThatThrownBy(() -> setup.createFirstAdmin("not-the-token", "first-admin-x", "First Admin", "first-admin-pass"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("setup token");
        assertThat(db.single("SELECT COUNT(*) FROM staff_account WHERE username = 'first-admin-x'")).hasToString("0");

        setup.createFirstAdmin(token, "first-admin-1", "First Admin", "first-admin-pass");

        assertThat(setup.isOpen()).isFalse();
        assertThat(tokenFile).doesNotExist();
        assertThat(SignedIn.as("first-admin-1", "first-admin-pass", accounts::list)).isNotEmpty();
        assertThatThrownBy(() -> setup.createFirstAdmin(token, "first-admin-2", "Second", "first-admin-pass"))
                .isInstanceOf(ConflictException.class);
    }
}
