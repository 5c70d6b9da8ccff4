package org.clinicqueue.application.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.queue.OpeningHours;
import org.clinicqueue.domain.staff.Role;

/** Admins create, change, deactivate and reactivate services. Nothing is deleted: tickets keep their service. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ServiceCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private QueueHistory history;

    public ClinicService create(ServiceDefinition definition) {
        String code = definition.code() == null ? "" : definition.code().strip().toUpperCase(Locale.ROOT);
        if (find(code) != null) {
            throw new ConflictException("code-taken", "A service with the code " + code + " already exists.");
        }
        ClinicService service = new ClinicService(code, upper(definition.prefix()), definition.name());
        apply(service, definition);
        em.persist(service);
        history.configuration(AuditAction.SERVICE_CREATED, "service " + code, describe(service));
        return service;
    }

    public ClinicService update(String code, ServiceDefinition definition) {
        ClinicService service = require(code);
        service.changePrefix(upper(definition.prefix()));
        apply(service, definition);
        history.configuration(AuditAction.SERVICE_CHANGED, "service " + service.getCode(), describe(service));
        return service;
    }

    public ClinicService deactivate(String code) {
        ClinicService service = require(code);
        service.deactivate();
        history.configuration(AuditAction.SERVICE_CHANGED, "service " + service.getCode(), "deactivated");
        return service;
    }

    public ClinicService activate(String code) {
        ClinicService service = require(code);
        service.activate();
        history.configuration(AuditAction.SERVICE_CHANGED, "service " + service.getCode(), "reactivated");
        return service;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public List<ClinicService> all() {
        return em.createNamedQuery("ClinicService.findAll", ClinicService.class).getResultList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR, Role.Names.RECEPTION, Role.Names.OPERATOR})
    public ClinicService require(String code) {
        ClinicService service = find(code);
        if (service == null) {
            throw new NotFoundException("There is no service '" + code + "'.");
        }
        return service;
    }

    private ClinicService find(String code) {
        return em.createNamedQuery("ClinicService.findByCode", ClinicService.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst().orElse(null);
    }

    private static void apply(ClinicService service, ServiceDefinition d) {
        service.rename(d.name(), d.spokenName());
        Set<DayOfWeek> days = d.openDays() == null || d.openDays().isBlank()
                ? EnumSet.allOf(DayOfWeek.class) : OpeningHours.parseDays(d.openDays());
        service.changeHours(new OpeningHours(days, d.opensAt(), d.closesAt()));
        service.changeCapacity(d.dailyLimit(), d.expectedMinutes());
    }

    private static String upper(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    private static String describe(ClinicService s) {
        return s.getName() + ", prefix " + s.getPrefix() + ", " + s.hours().describe()
                + ", limit " + (s.getDailyLimit() == null ? "none" : s.getDailyLimit()) + ", " + s.getExpectedMinutes() + " min/patient";
    }
}
