package org.clinicqueue.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The walking skeleton seen from outside: health, HTTP Basic against the realm, role refusals, problem JSON. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiSecurityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = Http.to(base);
    }

    @Test
    void healthReportsTheApplicationAndTheMigratedDatabase() {
        HttpResponse<String> response = http.get("api/health");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonObject health = Http.json(response);
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("database").getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("database").getString("schemaVersion")).isNotEqualTo("none");
        assertThat(health.getJsonObject("application").getString("version")).isNotEqualTo("unknown");
    }

    @Test
    void aStaffEndpointWithoutCredentialsAnswers401WithABasicChallenge() {
        HttpResponse<String> response = http.get("api/staff/accounts");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(Http.json(response).getString("detail")).contains("Sign in");
    }

    @Test
    void wrongPasswordIs401AndNoSessionIsCreated() {
        HttpResponse<String> response = http.as(DemoAccounts.ADMIN, "not-the-password").get("api/staff/accounts");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(Http.json(response).getString("code")).isEqualTo("bad-credentials");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void basicAuthenticationSetsNoSessionCookie() {
        HttpResponse<String> response = http.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD).get("api/staff/accounts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void anAccountWithoutTheRoleIsRefusedWith403() {
        HttpResponse<String> response = http.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD).get("api/staff/accounts");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(Http.json(response).getString("code")).isEqualTo("forbidden");
    }

    @Test
    void anAdminListsAccountsWithoutPasswordHashes() {
        HttpResponse<String> response = http.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD).get("api/staff/accounts");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"admin\"").doesNotContain("$2a$").doesNotContainIgnoringCase("password");
    }

    @Test
    void everyStaffMemberSeesTheirOwnAccount() {
        HttpResponse<String> response = http.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD).get("api/staff/me");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.json(response).getString("username")).isEqualTo("clerk");
        assertThat(Http.json(response).getJsonArray("roles").getString(0)).isEqualTo("OPERATOR");
    }

    @Test
    void firstAdminSetupIsClosedOnAServerThatHasAnAdmin() {
        assertThat(Http.json(http.get("api/setup")).getBoolean("open")).isFalse();

        HttpResponse<String> response = http.postJson("api/setup/first-admin",
                "{\"setupToken\":\"guess\",\"username\":\"intruder\",\"displayName\":\"Intruder\",\"password\":\"long-password-1\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(Http.json(response).getString("code")).isEqualTo("setup-closed");
    }

    @Test
    void unreadableJsonIs400InProblemFormat() {
        HttpResponse<String> response = http.postJson("api/setup/first-admin", "{not json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Http.json(response).getString("code")).isEqualTo("unreadable-request");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
    }
}
