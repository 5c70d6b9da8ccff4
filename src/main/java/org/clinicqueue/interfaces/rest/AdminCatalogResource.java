package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.clinicqueue.application.catalog.CounterCatalog;
import org.clinicqueue.application.catalog.ServiceCatalog;
import org.clinicqueue.application.catalog.ServiceDefinition;
import org.clinicqueue.application.queries.CounterView;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.queue.ClinicService;

/**
 * Services and counters for admins and integration scripts ({@code /api/admin/...}, HTTP Basic, ADMIN role):
 * the same operations as the console's administration pages.
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminCatalogResource {

    public record ServiceBody(String code, String prefix, String name, String spokenName, String openDays, String opensAt,
                              String closesAt, Integer dailyLimit, Integer expectedMinutes, Boolean active) {
    }

    public record ServiceView(String code, String prefix, String name, String spokenName, String openingHours,
                              Integer dailyLimit, int expectedMinutes, boolean active) {
        static ServiceView of(ClinicService s) {
            return new ServiceView(s.getCode(), s.getPrefix(), s.getName(), s.getSpokenName(), s.hours().describe(),
                    s.getDailyLimit(), s.getExpectedMinutes(), s.isActive());
        }
    }

    public record CounterBody(String code, String name, String spokenName, List<String> serviceCodes, Boolean active) {
    }

    @Inject
    private ServiceCatalog services;

    @Inject
    private CounterCatalog counters;

    @GET
    @Path("services")
    public List<ServiceView> services() {
        return services.all().stream().map(ServiceView::of).toList();
    }

    @POST
    @Path("services")
    public Response createService(ServiceBody body) {
        ServiceView created = ServiceView.of(services.create(definition(body, null)));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("services/{code}")
    public ServiceView updateService(@PathParam("code") String code, ServiceBody body) {
        ClinicService service = services.update(code, definition(body, code));
        if (body.active() != null) {
            service = body.active() ? services.activate(code) : services.deactivate(code);
        }
        return ServiceView.of(service);
    }

    @GET
    @Path("counters")
    public List<CounterView> counters() {
        return counters.all().stream().map(CounterView::of).toList();
    }

    @POST
    @Path("counters")
    public Response createCounter(CounterBody body) {
        require(body);
        CounterView created = CounterView.of(counters.create(body.code(), body.name(), body.spokenName(), body.serviceCodes()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("counters/{code}")
    public CounterView updateCounter(@PathParam("code") String code, CounterBody body) {
        require(body);
        var counter = counters.update(code, body.name(), body.spokenName(), body.serviceCodes());
        if (body.active() != null) {
            counter = body.active() ? counters.activate(code) : counters.deactivate(code);
        }
        return CounterView.of(counter);
    }

    private static ServiceDefinition definition(ServiceBody body, String code) {
        require(body);
        return new ServiceDefinition(code == null ? body.code() : code, body.prefix(), body.name(), body.spokenName(),
                body.openDays(), time(body.opensAt(), "opensAt"), time(body.closesAt(), "closesAt"), body.dailyLimit(),
                body.expectedMinutes() == null ? 10 : body.expectedMinutes());
    }

    private static LocalTime time(String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("invalid-hours", what + " must be a time such as 08:30.");
        }
    }

    private static void require(Object body) {
        if (body == null) {
            throw new InvalidInputException("Send the details as JSON.");
        }
    }
}
