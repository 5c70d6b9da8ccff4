package org.clinicqueue.application.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.clinicqueue.application.appointments.DemoDoctor;
import org.clinicqueue.application.catalog.CounterCatalog;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.catalog.ServiceDefinition;
import org.clinicqueue.application.display.DisplayCatalog;
import org.clinicqueue.application.staff.StaffAccounts;
import org.clinicqueue.application.verification.PhoneVerificationSwitch;
import org.clinicqueue.domain.staff.Role;
import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Fills an empty demo database with a small hospital: one account per role (passwords documented in
 * README.md), three services (General OPD, Lab Tests, Pharmacy), their counters, a hall display and a bookable
 * doctor's schedule. It does nothing
 * unless the system property {@code clinicqueue.demo} is {@code true}, which only the demo launcher and
 * the test server set; a production server never gets demo users. Records that already exist are left
 * alone, so restarting the demo keeps what people did in it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrator")
@RunAs(Role.Names.ADMIN)
@RunAsPrincipal("demo-seed")
public class DemoDataSeeder {

    public static final String DEMO_PROPERTY = "clinicqueue.demo";
    /** The demo hall screen's key, documented in README.md (never use a known key in production). */
    public static final String DEMO_DISPLAY_KEY = "demo-hall-a-display-key-0123456789";
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class.getName());

    @Inject
    private StaffAccounts accounts;

    @Inject
    private ServiceCatalog services;

    @Inject
    private CounterCatalog counters;

    @Inject
    private DisplayCatalog displays;

    @Inject
    private PhoneVerificationSwitch phoneVerification;

    @Inject
    private DemoDoctor demoDoctor;

    @PostConstruct
    void seedIfDemo() {
        if (!Boolean.getBoolean(DEMO_PROPERTY)) {
            return;
        }
        account("admin", "Asha Admin", "admin123", Role.ADMIN);
        account("supervisor", "Sunil Supervisor", "supervisor123", Role.SUPERVISOR);
        account("reception", "Rekha Reception", "reception123", Role.RECEPTION);
        account("clerk", "Kiran Clerk", "clerk123", Role.OPERATOR);
        account("doctor", "Dr. Devi Rao", "doctor123", Role.OPERATOR);
        service(new ServiceDefinition("OPD", "OPD", "General OPD", "O P D", null, null, null, null, 8));
        service(new ServiceDefinition("LAB", "LAB", "Lab Tests", "Lab", null, null, null, null, 5));
        service(new ServiceDefinition("PHARM", "PH", "Pharmacy", "Pharmacy", null, null, null, null, 3));
        counter("ROOM-1", "Room 1", "Room 1", "OPD");
        counter("ROOM-2", "Room 2", "Room 2", "OPD");
        counter("LAB-1", "Lab Counter 1", "Lab counter 1", "LAB");
        counter("PHARM-1", "Pharmacy Window 1", "Pharmacy window 1", "PHARM");
        if (displays.all().stream().noneMatch(d -> d.getCode().equals("HALL-A"))) {
            displays.create("HALL-A", "Main waiting hall", List.of("OPD", "LAB", "PHARM"), List.of("en", "hi"));
            displays.useSecret("HALL-A", DEMO_DISPLAY_KEY);
        }
        // The demo doctor can be booked (issue 8): Room 1, General OPD, Monday to Saturday.
        demoDoctor.seed("doctor", "ROOM-1", "OPD");
        LOG.info("Demo mode: demo accounts, services and counters are present (see README.md for the passwords).");
    }

    private void service(ServiceDefinition definition) {
        if (services.all().stream().noneMatch(s -> s.getCode().equals(definition.code()))) {
            services.create(definition);
            // The demo shows both ways of joining from a phone: Lab Tests asks for a code sent by SMS.
            if ("LAB".equals(definition.code())) {
                phoneVerification.set("LAB", true);
            }
        }
    }

    private void counter(String code, String name, String spokenName, String... serviceCodes) {
        if (counters.all().stream().noneMatch(c -> c.getCode().equals(code))) {
            counters.create(code, name, spokenName, List.of(serviceCodes));
        }
    }

    private void account(String username, String displayName, String password, Role role) {
        if (accounts.findByUsername(username).isEmpty()) {
            accounts.create(username, displayName, password, EnumSet.of(role));
        }
    }
}
