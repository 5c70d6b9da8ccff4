package org.clinicqueue.application.verification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.staff.Role;

/** Admins decide per service whether self-service joins need a code (hospitals differ); audited. */
@Stateless
public class PhoneVerificationSwitch {

    /** A service's current choice. */
    public record State(String serviceCode, String serviceName, boolean phoneVerification) {
        static State of(ClinicService s) {
            return new State(s.getCode(), s.getName(), s.isPhoneVerification());
        }
    }

    @Inject
    private ServiceCatalog services;

    @Inject
    private QueueHistory history;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public State get(String serviceCode) {
        return State.of(services.require(serviceCode));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public State set(String serviceCode, boolean required) {
        ClinicService service = services.require(serviceCode);
        boolean before = service.isPhoneVerification();
        service.requirePhoneVerification(required);
        history.configuration(AuditAction.SERVICE_CHANGED, "service " + service.getCode(),
                "phone verification " + (before ? "on" : "off") + " → " + (required ? "on" : "off"));
        return State.of(service);
    }
}
