package org.clinicqueue.application.posters;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.domain.ConflictException;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.domain.staff.Role;

/** The posters admins can print: the hospital's, then one per active service. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Posters {

    @Inject
    private ServiceCatalog services;

    public List<PosterTarget> all() {
        List<PosterTarget> targets = new ArrayList<>();
        targets.add(hospital());
        services.all().stream().filter(ClinicService::isActive).map(Posters::of).forEach(targets::add);
        return targets;
    }

    /** @param serviceCode null or blank for the whole hospital */
    public PosterTarget target(String serviceCode) {
        if (serviceCode == null || serviceCode.isBlank()) {
            return hospital();
        }
        ClinicService service = services.require(serviceCode);
        if (!service.isActive()) {
            throw new ConflictException("service-inactive", service.getName() + " is not taking patients; reactivate it before printing its poster.");
        }
        return of(service);
    }

    private static PosterTarget hospital() {
        return new PosterTarget(null, null, null);
    }

    private static PosterTarget of(ClinicService s) {
        return new PosterTarget(s.getCode(), s.getName(), s.hours().describe());
    }
}
