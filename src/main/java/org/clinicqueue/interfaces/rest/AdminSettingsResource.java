package org.clinicqueue.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.clinicqueue.application.settings.Settings;
import org.clinicqueue.domain.InvalidInputException;
import org.clinicqueue.domain.settings.SettingKey;

/** {@code GET /api/admin/settings} and {@code PUT /api/admin/settings/{name}} ({@code {"value": "..."}}), ADMIN only. */
@Path("admin/settings")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSettingsResource {

    public record SettingValue(String value) {
    }

    @Inject
    private Settings settings;

    @GET
    public Map<String, String> all() {
        return settings.all();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, String> change(@PathParam("name") String name, SettingValue body) {
        if (body == null) {
            throw new InvalidInputException("Send the new value as JSON: {\"value\": \"...\"}.");
        }
        SettingKey<?> key = SettingKey.named(name);
        settings.set(key, body.value());
        return settings.all();
    }
}
