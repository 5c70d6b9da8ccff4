package org.clinicqueue.domain.staff;

/**
 * What a signed-in person or device may do. The names are the role names the Elytron realm reads from
 * {@code staff_account_role}, the names in {@code @RolesAllowed} and in {@code web.xml}.
 */
public enum Role {
    ADMIN, SUPERVISOR, RECEPTION, OPERATOR, DISPLAY;

    /** Compile-time constants for annotations such as {@code @RolesAllowed(Role.Names.ADMIN)}. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String SUPERVISOR = "SUPERVISOR";
        public static final String RECEPTION = "RECEPTION";
        public static final String OPERATOR = "OPERATOR";
        public static final String DISPLAY = "DISPLAY";

        private Names() {
        }
    }
}
