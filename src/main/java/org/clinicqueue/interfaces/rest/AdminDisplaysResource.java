package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clinicqueue.application.display.AnnouncementTemplates;
import org.clinicqueue.application.display.DisplayCatalog;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.display.AnnouncementTemplate;
import org.clinicqueue.domain.display.DisplayDevice;
import org.clinicqueue.domain.queue.ClinicService;
import org.clinicqueue.interfaces.web.PublicLinks;

/**
 * Display devices and announcement texts for admins ({@code /api/admin/displays}, {@code /api/admin/announcements}).
 * Creating a display, or renewing its secret, answers the secret once, with the address to open on the
 * screen ({@code .../display/?d=CODE#key=SECRET}: the secret stays in the fragment, which browsers never send).
 */
@Path("admin")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminDisplaysResource {

    public record DisplayBody(String code, String name, List<String> serviceCodes, List<String> languages, Boolean active) {
    }

    public record DisplayView(String code, String name, List<String> serviceCodes, List<String> languages, boolean active) {
        static DisplayView of(DisplayDevice d) {
            return new DisplayView(d.getCode(), d.getName(), d.getServices().stream().map(ClinicService::getCode).sorted().toList(),
                    d.getLanguages(), d.isActive());
        }
    }

    /** The only time a secret is shown. */
    public record DisplaySecret(String code, String secret, String screenUrl) {
    }

    public record AnnouncementBody(String withName, String withoutName) {
    }

    public record AnnouncementView(String language, String withName, String withoutName, String updatedBy) {
        static AnnouncementView of(AnnouncementTemplate t) {
            return new AnnouncementView(t.getLanguage(), t.getWithName(), t.getWithoutName(), t.getUpdatedBy());
        }
    }

    @Inject
    private DisplayCatalog displays;

    @Inject
    private AnnouncementTemplates announcements;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("displays")
    public List<DisplayView> displays() {
        return displays.all().stream().map(DisplayView::of).toList();
    }

    @POST
    @Path("displays")
    public Response create(DisplayBody body) {
        require(body);
        DisplayDevice.Created created = displays.create(body.code(), body.name(), body.serviceCodes(), body.languages());
        return Response.status(Response.Status.CREATED).entity(secret(created.device().getCode(), created.secret())).build();
    }

    @PUT
    @Path("displays/{code}")
    public DisplayView update(@PathParam("code") String code, DisplayBody body) {
        require(body);
        DisplayDevice device = displays.update(code, body.name(), body.serviceCodes(), body.languages());
        if (body.active() != null) {
            device = displays.setActive(code, body.active());
        }
        return DisplayView.of(device);
    }

    @POST
    @Path("displays/{code}/secret")
    public DisplaySecret renewSecret(@PathParam("code") String code) {
        String secret = displays.renewSecret(code);
        return secret(displays.require(code).getCode(), secret);
    }

    @GET
    @Path("announcements")
    public List<AnnouncementView> announcements() {
        return announcements.all().stream().map(AnnouncementView::of).toList();
    }

    @PUT
    @Path("announcements/{language}")
    public AnnouncementView saveAnnouncement(@PathParam("language") String language, AnnouncementBody body) {
        require(body);
        return AnnouncementView.of(announcements.save(language, body.withName(), body.withoutName()));
    }

    private DisplaySecret secret(String code, String secret) {
        return new DisplaySecret(code, secret, PublicLinks.base(request) + "/display/?d=" + code + "#key=" + secret);
    }

    private static void require(Object body) {
        if (body == null) {
            throw new InvalidInputException("Send the details as JSON.");
        }
    }
}
