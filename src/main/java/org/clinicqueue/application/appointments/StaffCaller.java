package org.clinicqueue.application.appointments;

import jakarta.ejb.EJBContext;
import org.clinicqueue.domain.staff.Role;

/** Whether the caller of a public method is signed-in staff (who see more and are bound by fewer limits). */
final class StaffCaller {

    private StaffCaller() {
    }

    static boolean isStaff(EJBContext context) {
        return context.isCallerInRole(Role.Names.RECEPTION) || context.isCallerInRole(Role.Names.SUPERVISOR)
                || context.isCallerInRole(Role.Names.ADMIN) || context.isCallerInRole(Role.Names.OPERATOR);
    }

    static String name(EJBContext context) {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "anonymous".equals(name) ? "patient" : name;
    }
}
