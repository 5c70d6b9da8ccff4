package org.clinicqueue.it.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.Browser;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.QueueFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The hall display page in headless Chromium. Headless Chromium has no voices, so the test wraps
 * {@code speechSynthesis.speak} before the page loads and reads what the page asked it to say.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisplayPageBrowserIT {

    private static final String CAPTURE_SPEECH = "window.__spoken = [];"
            + "window.speechSynthesis.speak = function (u) { window.__spoken.push(u.lang + '|' + u.text);"
            + "  setTimeout(function () { if (u.onend) { u.onend(); } }, 20); };";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDisplayShowsTheCallFlashesItAndSpeaksItThreeTimesWithTheNameAsText() throws Exception {
        Http anonymous = Http.to(base);
        Http admin = anonymous.as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        Http clerk = anonymous.as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        ApiFixture fixture = new ApiFixture(anonymous);
        String service = fixture.service("B");
        long counter = fixture.counter(service);
        String display = QueueFixture.code("P");
        HttpResponse<String> created = admin.postJson("api/admin/displays", "{\"code\":\"" + display + "\",\"name\":\"Browser hall\","
                + "\"serviceCodes\":[\"" + service + "\"],\"languages\":[\"en\"]}");
        String screenUrl = Http.json(created).getString("screenUrl");
        String hostile = "<img src=x onerror=alert(1)>";

        try (Browser browser = Browser.display(base)) {
            admin.putJson("api/admin/settings/display.privacy-mode", "{\"value\":\"FULL_NAME\"}");
            browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CAPTURE_SPEECH));
            browser.driver().get(screenUrl);
            browser.awaitText(By.id("display-name"), "Browser hall");
            assertThat(browser.driver().getCurrentUrl()).as("the key left the address bar").doesNotContain("key=");

            anonymous.postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"" + hostile.replace("\"", "\\\"") + "\"}");
            clerk.postJson("api/counters/" + counter + "/call-next", "");

            browser.awaitText(By.id("now-number"), "B-001");
            assertThat(browser.driver().findElement(By.id("now-name")).getText()).isEqualTo(hostile);
            assertThat(browser.driver().findElements(By.cssSelector("#now img"))).as("the name is text, not markup").isEmpty();
            assertThat(browser.driver().findElement(By.id("now")).getAttribute("class")).contains("flash");
            browser.awaitText(By.id("counters"), "→ B-001");
            assertThat(browser.driver().findElement(By.id("ticker")).isDisplayed()).as("no message, no ticker").isFalse();
            String sentence = "en|Token B 1, " + hostile + ", please go to Desk " + counterCode(admin, counter) + ".";
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> spoken(browser).size() >= 3);
            assertThat(spoken(browser)).containsExactly(sentence, sentence, sentence);
            browser.screenshot("display");

            clerk.postJson("api/counters/" + counter + "/recall", "");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> spoken(browser).size() >= 6);
            assertThat(spoken(browser)).as("a recall is announced again").hasSize(6);
        } finally {
            admin.putJson("api/admin/settings/display.privacy-mode", "{\"value\":\"FIRST_NAME_AND_INITIAL\"}");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> spoken(Browser browser) {
        return (List<String>) browser.driver().executeScript("return window.__spoken || [];");
    }

    private static String counterCode(Http admin, long counterId) {
        return Http.json(admin.get("api/counters/" + counterId)).getString("code");
    }
}
