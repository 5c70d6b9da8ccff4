package org.clinicqueue.application.display;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.history.QueueHistory;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.NotFoundException;
import org.clinicqueue.domain.audit.AuditAction;
import org.clinicqueue.domain.display.DisplayDevice;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.staff.Role;

/**
 * Admins register display devices (which services each shows, in which languages) and hand out their
 * secrets; screens prove who they are with {@link #authenticate}.
 */
@Stateless
public class DisplayCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ServiceCatalog services;

    @Inject
    private QueueHistory history;

    @Inject
    private Clock clock;

    @RolesAllowed(Role.Names.ADMIN)
    public DisplayDevice.Created create(String code, String name, Collection<String> serviceCodes, List<String> languages) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (find(normalised).isPresent()) {
            throw new ConflictException("code-taken", "A display with the code " + normalised + " already exists.");
        }
        DisplayDevice.Created created = DisplayDevice.create(normalised, name, servicesOf(serviceCodes), languages, clock.instant());
        em.persist(created.device());
        history.configuration(AuditAction.DISPLAY_CHANGED, "display " + normalised, "created, showing " + serviceCodes);
        return created;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public DisplayDevice update(String code, String name, Collection<String> serviceCodes, List<String> languages) {
        DisplayDevice device = require(code);
        device.configure(name, servicesOf(serviceCodes), languages);
        history.configuration(AuditAction.DISPLAY_CHANGED, "display " + device.getCode(), "showing " + serviceCodes + " in " + languages);
        return device;
    }

    /** @return the new secret; the old one stops working at once */
    @RolesAllowed(Role.Names.ADMIN)
    public String renewSecret(String code) {
        DisplayDevice device = require(code);
        String secret = device.newSecret();
        history.configuration(AuditAction.DISPLAY_CHANGED, "display " + device.getCode(), "new secret issued");
        return secret;
    }

    /** Sets a secret chosen by the admin (at least 32 characters); see {@link DisplayDevice#useSecret}. */
    @RolesAllowed(Role.Names.ADMIN)
    public void useSecret(String code, String secret) {
        DisplayDevice device = require(code);
        device.useSecret(secret);
        history.configuration(AuditAction.DISPLAY_CHANGED, "display " + device.getCode(), "secret set by an admin");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public DisplayDevice setActive(String code, boolean active) {
        DisplayDevice device = require(code);
        if (active) {
            device.activate();
        } else {
            device.deactivate();
        }
        history.configuration(AuditAction.DISPLAY_CHANGED, "display " + device.getCode(), active ? "reactivated" : "deactivated");
        return device;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    public List<DisplayDevice> all() {
        return em.createNamedQuery("DisplayDevice.findAll", DisplayDevice.class).getResultList();
    }

    /** The screen whose code and secret these are, if the secret is right and the device active. */
    @PermitAll
    public Optional<DisplayViews.Screen> authenticate(String code, String secret) {
        return find(code).filter(device -> device.acceptsSecret(secret)).map(DisplayCatalog::toScreen);
    }

    /**
     * The configuration of an active screen, for connections whose secret was already checked by
     * {@link #authenticate} (the WebSocket handshake filter).
     */
    @PermitAll
    public Optional<DisplayViews.Screen> screen(String code) {
        return find(code).filter(DisplayDevice::isActive).map(DisplayCatalog::toScreen);
    }

    private static DisplayViews.Screen toScreen(DisplayDevice device) {
        return new DisplayViews.Screen(device.getCode(), device.getName(),
                device.getServices().stream().map(ClinicService::getCode).sorted().toList(), device.getLanguages());
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.SUPERVISOR})
    public DisplayDevice require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("There is no display '" + code + "'."));
    }

    private Optional<DisplayDevice> find(String code) {
        return em.createNamedQuery("DisplayDevice.findByCode", DisplayDevice.class)
                .setParameter("code", code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    private List<ClinicService> servicesOf(Collection<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw new InvalidInputException("A display must show at least one service.");
        }
        return codes.stream().map(services::require).toList();
    }
}
