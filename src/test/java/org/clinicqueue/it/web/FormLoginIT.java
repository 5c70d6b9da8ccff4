package org.clinicqueue.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The console's form login against the Elytron jdbc-realm, over plain HTTP as a browser does it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormLoginIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void loginGivesANewHttpOnlySessionAndShowsWhoIsSignedIn() {
        Http browser = Http.to(base);
        HttpResponse<String> loginPage = browser.get("console/index.xhtml");
        assertThat(loginPage.body()).contains("j_security_check");
        String anonymousSession = sessionCookie(loginPage).orElseThrow();

        HttpResponse<String> afterLogin = browser.postForm("j_security_check", form(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD));

        assertThat(afterLogin.statusCode()).isEqualTo(302);
        String loggedInSession = sessionCookie(afterLogin).orElseThrow();
        assertThat(loggedInSession).as("session id changes at login (no session fixation)").isNotEqualTo(anonymousSession);
        assertThat(afterLogin.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID") && c.contains("HttpOnly"));
        HttpResponse<String> landing = browser.get("console/index.xhtml");
        assertThat(landing.statusCode()).as("the console entry sends each role to its page").isEqualTo(302);
        assertThat(landing.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/console/supervisor/index.xhtml"));
        assertThat(browser.get("console/supervisor/index.xhtml").body()).contains("supervisor");
    }

    @Test
    void aWrongPasswordShowsTheErrorOnTheLoginPage() {
        Http browser = Http.to(base);
        browser.get("console/index.xhtml");

        HttpResponse<String> response = browser.postForm("j_security_check", form(DemoAccounts.SUPERVISOR, "wrong-one"));

        assertThat(response.body()).contains("login-error").doesNotContain("signed-in");
    }

    @Test
    void anotherRolesPagesAnswer403() {
        Http browser = Http.to(base);
        browser.get("console/index.xhtml");
        browser.postForm("j_security_check", form(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD));

        assertThat(browser.get("console/admin/index.xhtml").statusCode()).isEqualTo(403);
        assertThat(browser.get("console/supervisor/audit.xhtml").statusCode()).isEqualTo(403);
        assertThat(browser.get("console/desk/index.xhtml").statusCode()).isEqualTo(403);
        assertThat(browser.get("console/reception/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(browser.get("console/account.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutEndsTheSession() {
        Http browser = Http.to(base);
        browser.get("console/index.xhtml");
        browser.postForm("j_security_check", form(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD));
        assertThat(browser.get("console/desk/index.xhtml").body()).contains("clerk");

        HttpResponse<String> logout = browser.postForm("logout", "");

        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml?out=true"));
        assertThat(browser.get("console/index.xhtml").body()).contains("j_security_check").doesNotContain("signed-in");
    }

    @Test
    void anIdleSignOutSaysThatTheSessionEnded() {
        Http browser = Http.to(base);
        browser.get("console/index.xhtml");
        browser.postForm("j_security_check", form(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD));

        HttpResponse<String> idle = browser.postForm("logout", "expired=true");

        assertThat(idle.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml?expired=true"));
        assertThat(browser.get("login.xhtml?expired=true").body()).contains("login-expired");
    }

    @Test
    void aFacesAjaxRequestAfterTheSessionEndedIsRedirectedToTheLoginPage() {
        Http browser = Http.to(base);
        HttpResponse<String> answer = browser.send(browser.request("console/desk/index.xhtml")
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=ended-long-ago")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true")).build());

        assertThat(answer.body()).contains("<partial-response><redirect url=\"").contains("login.xhtml?expired=true");
    }

    private static String form(String username, String password) {
        return "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    private static Optional<String> sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
                .findFirst();
    }
}
