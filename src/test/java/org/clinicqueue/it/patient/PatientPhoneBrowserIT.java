package org.clinicqueue.it.patient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.Browser;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.PatientFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A patient's phone (headless Chromium, 390x844): joins a service that verifies phones with the code from the
 * outbox, watches the position fall while the clerk calls others, gets the full-screen "your turn", then rates
 * the visit. And the staff pages that go with it. Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientPhoneBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPatientJoinsWithACodeWatchesTheQueueAndIsCalled() {
        Http anonymous = Http.to(base);
        Http clerk = anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        Http reception = anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        PatientFixture patients = new PatientFixture(anonymous);
        String service = patients.verifyingService("B");
        long counter = new ApiFixture(anonymous).counter(service);
        String counterName = Http.json(clerk.get("api/counters/" + counter)).getString("name");
        for (String name : new String[] {"Arjun Before", "Bela Before"}) {
            reception.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"" + name + "\"}");
        }
        String phone = PatientFixture.phone();

        try (Browser browser = Browser.phone(base)) {
            browser.open("join?service=" + service);
            WebElement choice = browser.await(By.id("service-" + service));
            assertThat(choice.isSelected()).as("the poster's service is chosen").isTrue();
            assertThat(browser.driver().findElement(By.id("service-list")).getText()).contains("2 waiting").contains("code");
            browser.driver().findElement(By.id("name")).sendKeys("Kavya Nair");
            browser.driver().findElement(By.id("phone")).sendKeys(phone);
            browser.driver().executeScript("window.scrollTo(0, 0);");
            browser.screenshot("patient-join");
            browser.driver().findElement(By.id("send-code")).click();
            browser.await(By.id("code"));
            assertThat(browser.driver().findElement(By.id("code-sent")).getText()).contains(phone.substring(phone.length() - 3));
            String code = patients.latestCode(phone);
            browser.driver().findElement(By.id("code")).sendKeys(code);
            browser.screenshot("patient-join-code");
            browser.driver().findElement(By.id("join-button")).click();

            browser.awaitText(By.id("number"), "B-003");
            browser.awaitText(By.id("ahead"), "2");
            assertThat(browser.driver().getCurrentUrl()).contains("/t/");
            awaitLive(browser);
            browser.screenshot("patient-status");

            clerk.postJson("api/counters/" + counter + "/call-next", "");
            browser.awaitText(By.id("ahead"), "1");
            clerk.postJson("api/counters/" + counter + "/complete", "");
            clerk.postJson("api/counters/" + counter + "/call-next", "");
            browser.awaitText(By.id("ahead"), "0");
            clerk.postJson("api/counters/" + counter + "/complete", "");
            clerk.postJson("api/counters/" + counter + "/call-next", "");

            WebElement turn = browser.await(By.id("your-turn"));
            assertThat(turn.getText()).contains("It's your turn").contains("Go to " + counterName).contains("B-003");
            assertThat(turn.getCssValue("background-color")).isEqualTo("rgba(30, 123, 52, 1)");
            long viewport = (Long) browser.driver().executeScript("return window.innerHeight;");
            assertThat((long) turn.getSize().getHeight()).as("full screen").isGreaterThanOrEqualTo(viewport);
            browser.screenshot("patient-your-turn");

            browser.driver().findElement(By.id("your-turn-ok")).click();
            clerk.postJson("api/counters/" + counter + "/complete", "");
            browser.await(By.id("feedback"));
            browser.driver().findElement(By.cssSelector("#feedback .stars label:nth-child(5) span")).click();
            browser.driver().findElement(By.id("comment")).sendKeys("Quick and friendly.");
            browser.screenshot("patient-feedback");
            browser.driver().findElement(By.id("feedback-send")).click();
            browser.awaitText(By.id("feedback-done"), "Thank you");
        }

        JsonObject report = Http.json(anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD)
                .get("api/staff/feedback?service=" + service));
        assertThat(report.getInt("count")).isEqualTo(1);
        assertThat(report.getJsonArray("latest").getJsonObject(0).getInt("rating")).isEqualTo(5);
    }

    @Test
    void theRefreshButtonWorksWithoutTheLiveConnection() {
        Http anonymous = Http.to(base);
        String service = new ApiFixture(anonymous).service("R");
        PatientFixture patients = new PatientFixture(anonymous);
        String tracking = Http.json(patients.join(service, "Offline Olga", PatientFixture.phone(), null)).getString("trackingId");

        try (Browser browser = Browser.phone(base)) {
            // No WebSocket at all (a proxy that refuses them, or the server restarting): the page must still work.
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                    java.util.Map.of("source", "window.WebSocket = function () { throw new Error('blocked'); };"));
            browser.open("t/" + tracking);
            browser.awaitText(By.id("number"), "R-001");
            browser.awaitText(By.id("live"), "Reconnecting");
            anonymous.delete("api/tickets/" + tracking);
            browser.driver().findElement(By.id("refresh")).click();

            browser.awaitText(By.id("state-text"), "cancelled");
            assertThat(browser.driver().findElement(By.id("join-again")).getAttribute("href")).endsWith("/join?service=" + service);
        }
    }

    @Test
    void staffPagesShowPostersTheOutboxAndFeedback() {
        Http anonymous = Http.to(base);
        String service = new ApiFixture(anonymous).service("S");
        String phone = PatientFixture.phone();
        new PatientFixture(anonymous).join(service, "Outbox Person", phone, null);
        new PatientFixture(anonymous).awaitMessage(phone, "TICKET_ISSUED");

        try (Browser admin = Browser.desk(base)) {
            admin.signIn("console/admin/posters.xhtml", DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
            WebElement posters = admin.await(By.id("posters"));
            assertThat(posters.getText()).contains("Whole hospital").contains("API " + service).contains("/join?service=" + service);
            assertThat(posters.findElements(By.tagName("img")).size()).isGreaterThanOrEqualTo(2);
            admin.screenshot("admin-posters");
            admin.open("console/admin/poster.xhtml?service=" + service);
            assertThat(admin.await(By.id("poster")).getText()).contains("API " + service).contains("Scan to join");
        }
        try (Browser supervisor = Browser.desk(base)) {
            supervisor.signIn("console/supervisor/sms-outbox.xhtml?phone=" + phone.replace("+", "%2B"), DemoAccounts.SUPERVISOR,
                    DemoAccounts.SUPERVISOR_PASSWORD);
            assertThat(supervisor.await(By.id("outbox")).getText()).contains("TICKET_ISSUED").contains(phone).contains("S-001");
            assertThat(supervisor.driver().findElement(By.id("gateway")).getText()).isEqualTo("outbox");
            supervisor.open("console/supervisor/feedback.xhtml");
            assertThat(supervisor.await(By.id("feedback-summary")).getText()).contains("ratings");
        }
    }

    private static void awaitLive(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.attributeContains(By.id("live"), "class", "on"));
    }
}
