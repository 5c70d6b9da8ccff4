package org.clinicqueue.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.logging.Logger;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.domain.staff.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Fills an empty demo database with a small hospital: one account per role (passwords documented in
 * README.md). It does nothing unless the system property {@code clinicqueue.demo} is {@code true}, which
 * only the demo launcher and the test server set; a production server never gets demo users. Records that
 * already exist are left alone, so restarting the demo keeps what people did in it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("demo-seed")
public class DemoDataSeeder {

    public static final String DEMO_PROPERTY = "clinicqueue.demo";
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    private StaffAccounts accounts;

    @PostConstruct
    void seedIfDemo() {
        if (!isDemoMode()) {
            return;
        }
        account("admin", "Asha Admin", "admin123", Role.ADMIN);
        account("supervisor", "Sunil Supervisor", "supervisor123", Role.SUPERVISOR);
        account("reception", "Rekha Reception", "reception123", Role.RECEPTION);
        account("clerk", "Kiran Clerk", "clerk123", Role.OPERATOR);
        account("doctor", "Dr. Devi Rao", "doctor123", Role.OPERATOR);
        LOG.info("Demo mode: demo accounts are present (see README.md for their passwords).");
    }

    public static boolean isDemoMode() {
        return Boolean.getBoolean(DEMO_PROPERTY);
    }

    private void account(String username, String displayName, String password, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, displayName, password, EnumSet.of(role));
        }
    }
}
