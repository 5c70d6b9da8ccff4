package org.clinicqueue.interfaces.web;

import java.util.function.Predicate;
import org.clinicqueue.domain.staff.Role;

/**
 * Where each role starts its day after signing in. Someone with several roles lands on the first of:
 * administration, supervisor board, reception, counter desk (the order README.md documents).
 */
public final class LandingPages {

    public static final String ADMIN = "/console/admin/index";
    public static final String SUPERVISOR = "/console/supervisor/index";
    public static final String RECEPTION = "/console/reception/index";
    public static final String DESK = "/console/desk/index";
    /** For an account with none of the console roles (cannot normally pass web.xml): its own account page. */
    public static final String ACCOUNT = "/console/account";

    private LandingPages() {
    }

    /** @param hasRole whether the signed-in person has the named role */
    public static String forUser(Predicate<String> hasRole) {
        if (hasRole.test(Role.Names.ADMIN)) {
            return ADMIN;
        }
        if (hasRole.test(Role.Names.SUPERVISOR)) {
            return SUPERVISOR;
        }
        if (hasRole.test(Role.Names.RECEPTION)) {
            return RECEPTION;
        }
        if (hasRole.test(Role.Names.OPERATOR)) {
            return DESK;
        }
        return ACCOUNT;
    }
}
