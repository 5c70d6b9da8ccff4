package org.clinicqueue.interfaces.rest;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.clinicqueue.infrastructure.persistence.SchemaMigrator;

/**
 * {@code GET /api/health}: whether the application runs and reaches its database, for load balancers and
 * monitoring. 200 when both are up, 503 otherwise. Public and cheap: no query beyond a validity check.
 */
@Path("health")
public class HealthResource {

    @Resource(lookup = SchemaMigrator.DATASOURCE)
    private DataSource dataSource;

    @Inject
    private SchemaMigrator schema;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        String dbError = databaseProblem();
        JsonObject body = Json.createObjectBuilder()
                .add("status", dbError == null ? "UP" : "DOWN")
                .add("application", Json.createObjectBuilder()
                        .add("status", "UP")
                        .add("version", BuildInfo.version()))
                .add("database", dbError == null
                        ? Json.createObjectBuilder().add("status", "UP").add("schemaVersion", schema.schemaVersion())
                        : Json.createObjectBuilder().add("status", "DOWN").add("error", dbError))
                .build();
        return Response.status(dbError == null ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body).build();
    }

    private String databaseProblem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2) ? null : "the database did not answer within 2 seconds";
        } catch (SQLException e) {
            return "cannot connect: " + e.getMessage();
        }
    }
}
