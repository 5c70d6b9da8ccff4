package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.clinicqueue.application.sms.SmsTemplates;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.sms.SmsKind;

/**
 * The SMS templates (ADMIN): {@code GET /api/admin/sms-templates}; {@code PUT /api/admin/sms-templates/{kind}/{language}}
 * with {@code {"text": "..."}}; {@code DELETE} the same address to go back to the shipped default.
 */
@Path("admin/sms-templates")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSmsTemplatesResource {

    public record TemplateBody(String text) {
    }

    @Inject
    private SmsTemplates templates;

    @GET
    public List<SmsTemplates.TemplateView> all() {
        return templates.all();
    }

    @PUT
    @Path("{kind}/{language}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SmsTemplates.TemplateView change(@PathParam("kind") String kind, @PathParam("language") String language, TemplateBody body) {
        return templates.change(TicketsResource.parse(SmsKind.class, kind, "kind"), language, body == null ? null : body.text());
    }

    @DELETE
    @Path("{kind}/{language}")
    public SmsTemplates.TemplateView reset(@PathParam("kind") String kind, @PathParam("language") String language) {
        SmsKind parsed = TicketsResource.parse(SmsKind.class, kind, "kind");
        if (parsed == null) {
            throw new InvalidInputException("invalid-kind", "Name the kind of message.");
        }
        return templates.reset(parsed, language);
    }
}
