package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.clinicqueue.application.issuing.IssuedTicket;
import org.clinicqueue.application.selfservice.JoinRequest;
import org.clinicqueue.application.selfservice.JoinableService;
import org.clinicqueue.application.selfservice.SelfServiceJoin;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.application.verification.CodeSent;
import org.clinicqueue.application.verification.PhoneVerification;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.settings.SettingKey;
import org.clinicqueue.interfaces.web.PublicLinks;

/**
 * The patient's own join flow (public, used by the {@code /join} page):
 * {@code GET /api/join/services} (open services with their wait and whether a code is needed),
 * {@code POST /api/join/code} (send a one-time code to the phone), {@code POST /api/join} (join, with the code
 * where needed). Both POSTs are rate-limited per client address.
 */
@Path("join")
@Produces(MediaType.APPLICATION_JSON)
public class JoinResource {

    public record CodeRequest(String serviceCode, String phone, String language) {
    }

    public record JoinBody(String serviceCode, String patientName, String phone, String language, String code) {
    }

    /** What the join page needs to move on to the status page. */
    public record Joined(String number, String trackingId, String statusUrl, String serviceCode, String serviceName,
                         String status, int peopleAhead, int estimatedWaitMinutes, boolean servicePaused, Instant issuedAt) {
        static Joined of(IssuedTicket t, String statusUrl) {
            return new Joined(t.number(), t.trackingId(), statusUrl, t.serviceCode(), t.serviceName(), t.status(), t.peopleAhead(),
                    t.estimatedWaitMinutes(), t.servicePaused(), t.issuedAt());
        }
    }

    @Inject
    private SelfServiceJoin join;

    @Inject
    private PhoneVerification verification;

    @Inject
    private PublicRequestLimiter limiter;

    @Inject
    private Settings settings;

    @Context
    private HttpServletRequest http;

    @Context
    private UriInfo uri;

    @GET
    @Path("services")
    public Response services() {
        List<JoinableService> open = join.services();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(open).cacheControl(noStore).build();
    }

    @POST
    @Path("code")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sendCode(CodeRequest body) {
        if (body == null) {
            throw new InvalidInputException("Send serviceCode, phone and language as JSON.");
        }
        Duration wait = limiter.tryAcquire("codes", http.getRemoteAddr(), settings.get(SettingKey.OTP_REQUESTS_PER_ADDRESS_PER_MINUTE));
        if (!wait.isZero()) {
            return tooMany(wait, "Too many code requests from this network; try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
        }
        CodeSent sent = verification.requestCode(body.serviceCode(), body.phone(), body.language());
        return Response.accepted(sent).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(JoinBody body) {
        if (body == null) {
            throw new InvalidInputException("Send serviceCode, patientName, phone and language (and the code if one was sent) as JSON.");
        }
        Duration wait = limiter.tryAcquire("tickets", http.getRemoteAddr());
        if (!wait.isZero()) {
            return tooMany(wait, "Too many tickets from this device; try again in " + Math.max(1, wait.toSeconds()) + " seconds.");
        }
        IssuedTicket ticket = join.join(new JoinRequest(body.serviceCode(), body.patientName(), body.phone(), body.language(), body.code()));
        return Response.created(uri.getBaseUriBuilder().path("tickets").path(ticket.trackingId()).build())
                .entity(Joined.of(ticket, PublicLinks.ticketStatus(http, ticket.trackingId())))
                .build();
    }

    private static Response tooMany(Duration wait, String detail) {
        return Problem.of(429, "Too Many Requests", "rate-limited", detail)
                .header("Retry-After", Math.max(1, wait.toSeconds())).build();
    }
}
