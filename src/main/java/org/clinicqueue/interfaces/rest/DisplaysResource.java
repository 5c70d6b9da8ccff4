package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.clinicqueue.application.display.DisplayCatalog;
import org.clinicqueue.application.display.DisplayMessages;
import org.clinicqueue.domain.display.DisplayMessage;
import org.clinicqueue.interfaces.websocket.DisplayHub;

/**
 * For display screens: {@code GET /api/displays/{code}/state} is the fallback for screens whose WebSocket
 * cannot connect (the device proves itself with the {@code X-Display-Key} header). For supervisors:
 * {@code POST/DELETE /api/displays/message} puts a line on the screens' ticker or clears it.
 */
@Path("displays")
@Produces(MediaType.APPLICATION_JSON)
public class DisplaysResource {

    public static final String KEY_HEADER = "X-Display-Key";

    public record MessageRequest(String text, String displayCode, Integer minutes) {
    }

    public record MessageView(Long id, String text, String displayCode, String createdBy) {
        static MessageView of(DisplayMessage m) {
            return new MessageView(m.getId(), m.getText(), m.getDisplay() == null ? null : m.getDisplay().getCode(), m.getCreatedBy());
        }
    }

    @Inject
    private DisplayCatalog catalog;

    @Inject
    private DisplayMessages messages;

    @Inject
    private DisplayHub hub;

    @GET
    @Path("{code}/state")
    public Response state(@PathParam("code") String code, @HeaderParam(KEY_HEADER) String key) {
        return catalog.authenticate(code, key)
                .map(screen -> Response.ok(hub.snapshotJson(screen)).cacheControl(noStore()).build())
                .orElseGet(() -> Problem.of(Response.Status.FORBIDDEN, "display-key", "Unknown display or wrong display key.").build());
    }

    @POST
    @Path("message")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(MessageRequest body) {
        MessageRequest m = body == null ? new MessageRequest(null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(MessageView.of(messages.post(m.text(), m.displayCode(), m.minutes()))).build();
    }

    @DELETE
    @Path("message")
    public Response clear(@QueryParam("display") String displayCode) {
        messages.clear(displayCode);
        return Response.noContent().build();
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }
}
