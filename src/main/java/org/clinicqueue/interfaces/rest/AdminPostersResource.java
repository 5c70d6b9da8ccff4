package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.clinicqueue.application.posters.PosterTarget;
import org.clinicqueue.application.posters.Posters;
import org.clinicqueue.interfaces.web.PublicLinks;
import org.clinicqueue.interfaces.web.QrCodes;

/**
 * QR posters for admins (ADMIN): {@code GET /api/admin/posters} lists them with their join links;
 * {@code GET /api/admin/posters/hospital.png} and {@code /api/admin/posters/{serviceCode}.png?size=800} are the
 * QR codes (ZXing) that open the join page. The printable page is {@code /console/admin/posters.xhtml}.
 */
@Path("admin/posters")
public class AdminPostersResource {

    /** A poster with the link its QR code holds. */
    public record PosterLink(String serviceCode, String title, String joinUrl, String pngPath) {
    }

    @Inject
    private Posters posters;

    @Context
    private HttpServletRequest http;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PosterLink> list() {
        return posters.all().stream()
                .map(p -> new PosterLink(p.serviceCode(), p.title(), PublicLinks.join(http, p.serviceCode()),
                        "api/admin/posters/" + (p.serviceCode() == null ? "hospital" : p.serviceCode()) + ".png"))
                .toList();
    }

    @GET
    @Path("hospital.png")
    @Produces("image/png")
    public Response hospital(@QueryParam("size") Integer size) {
        return png(posters.target(null), size);
    }

    @GET
    @Path("{code:[A-Za-z][A-Za-z0-9]{1,9}}.png")
    @Produces("image/png")
    public Response service(@PathParam("code") String code, @QueryParam("size") Integer size) {
        return png(posters.target(code), size);
    }

    private Response png(PosterTarget target, Integer size) {
        int pixels = size == null ? 600 : Math.max(200, Math.min(2000, size));
        String name = target.serviceCode() == null ? "hospital" : target.serviceCode();
        return Response.ok(QrCodes.png(PublicLinks.join(http, target.serviceCode()), pixels))
                .header("Content-Disposition", "inline; filename=\"join-" + name + ".png\"")
                .build();
    }
}
