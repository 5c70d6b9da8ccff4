package org.clinicqueue.it.support;

/** The demo accounts the test server seeds (as documented in README.md). */
public final class DemoAccounts {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin123";
    public static final String SUPERVISOR = "supervisor";
    public static final String SUPERVISOR_PASSWORD = "supervisor123";
    public static final String RECEPTION = "reception";
    public static final String RECEPTION_PASSWORD = "reception123";
    public static final String CLERK = "clerk";
    public static final String CLERK_PASSWORD = "clerk123";
    public static final String DOCTOR = "doctor";
    public static final String DOCTOR_PASSWORD = "doctor123";

    private DemoAccounts() {
    }
}
