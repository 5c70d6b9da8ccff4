package org.clinicqueue.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.Browser;
import org.clinicqueue.it.support.ConsoleScreen;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every role's main path through the staff console in real headless Chromium: an admin adds a service and a
 * counter, reception issues and prints a ticket for it, a clerk calls, starts and completes it with the
 * keyboard, and the supervisor's board follows each step live, without a reload. Also: the landing page of
 * each role, a refused cross-role page, the timeout message, Hindi, the audit export. Screenshots of each
 * page go to {@code target/screenshots} (copied to {@code docs/screenshots}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsoleBrowserIT {

    /** "Within a second" is the goal; the test allows some slack for a shared, busy build machine. */
    private static final Duration LIVE_UPDATE_LIMIT = Duration.ofMillis(2000);
    private static final String XSS_NAME = "<img src=x onerror=alert(1)>";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void adminAddsAServiceReceptionIssuesClerkServesAndTheBoardFollowsLive() throws Exception {
        String code = "B" + randomCode();
        String serviceName = "Browser Clinic " + code;
        String counterName = "Desk " + code;
        try (Browser admin = Browser.desk(base); Browser supervisor = Browser.desk(base);
             Browser reception = Browser.desk(base); Browser clerk = Browser.desk(base)) {
            // The admin adds a service and a counter serving it.
            admin.signIn("console/index.xhtml", DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
            ConsoleScreen adminScreen = new ConsoleScreen(admin);
            admin.await(By.id("edit:code"));
            assertThat(admin.driver().getCurrentUrl()).contains("/console/admin/index.xhtml");
            adminScreen.type("edit:code", code);
            adminScreen.type("edit:prefix", "BT");
            adminScreen.type("edit:name", serviceName);
            adminScreen.type("edit:spoken", "Browser clinic");
            adminScreen.click("edit:save");
            admin.awaitText(By.id("list:services"), serviceName);
            admin.screenshot("admin-services");

            admin.open("console/admin/counters.xhtml");
            adminScreen.type("edit:code", "K" + code);
            adminScreen.type("edit:name", counterName);
            admin.driver().findElement(By.xpath("//label[normalize-space()='" + serviceName + "']")).click();
            adminScreen.click("edit:save");
            admin.awaitText(By.id("list:counters"), counterName);
            admin.screenshot("admin-counters");

            // The supervisor watches the board.
            supervisor.signIn("console/index.xhtml", DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
            ConsoleScreen board = new ConsoleScreen(supervisor);
            board.awaitExactText("waiting-" + code, "0", Duration.ofSeconds(10));
            assertThat(supervisor.driver().getCurrentUrl()).contains("/console/supervisor/index.xhtml");

            // Reception sees the new service and issues a ticket for a patient whose name looks like markup.
            reception.signIn("console/index.xhtml", DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
            ConsoleScreen desk = new ConsoleScreen(reception);
            new WebDriverWait(reception.driver(), Duration.ofSeconds(10))
                    .until(ExpectedConditions.urlContains("/console/reception/index.xhtml"));
            desk.choose("issue:service", serviceName);
            desk.type("issue:name", XSS_NAME);
            desk.type("issue:phone", "98450 " + ThreadLocalRandom.current().nextInt(10000, 99999));
            desk.click("issue:issue-ticket");
            desk.awaitExactText("issued-number", "BT-001", Duration.ofSeconds(10));
            desk.settle();
            long issuedSeen = board.awaitExactText("waiting-" + code, "1", LIVE_UPDATE_LIMIT);
            assertThat(desk.text("issue:issued-name")).isEqualTo(XSS_NAME);
            assertThat(reception.driver().findElements(By.cssSelector("#issue img"))).as("the name is text, not markup").isEmpty();
            reception.screenshot("reception");

            // The printed ticket: number, service, wait, and a QR code of the patient's live page.
            String printHref = reception.driver().findElement(By.id("issue:print-link")).getAttribute("href");
            reception.driver().get(printHref.replace("&print=1", ""));
            assertThat(reception.await(By.id("ticket-number")).getText()).isEqualTo("BT-001");
            assertThat(reception.driver().findElement(By.id("ticket-service")).getText()).isEqualTo(serviceName);
            assertThat(reception.driver().findElement(By.id("ticket-name")).getText()).isEqualTo(XSS_NAME);
            assertThat(reception.driver().findElement(By.id("ticket-wait")).getText()).contains("min");
            String link = reception.driver().findElement(By.id("ticket-link")).getText();
            assertThat(link).matches("http://.*/clinicqueue/t/[A-Za-z0-9_-]{22}");
            assertThat(decodeQr(reception.driver().findElement(By.id("ticket-qr")).getAttribute("src"))).isEqualTo(link);
            reception.screenshot("printed-ticket");

            // The clerk chooses the counter, sees the patient (as text) and serves them with the keyboard.
            clerk.signIn("console/index.xhtml", DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
            ConsoleScreen counter = new ConsoleScreen(clerk);
            assertThat(clerk.driver().getCurrentUrl()).contains("/console/desk/index.xhtml");
            counter.choose("desk:counter", counterName);
            counter.awaitContaining(By.id("desk:waiting"), "BT-001");
            assertThat(clerk.driver().findElement(By.id("desk:waiting")).getText()).contains(XSS_NAME);
            assertThat(clerk.driver().findElements(By.cssSelector("[id='desk:waiting'] img"))).isEmpty();
            clerk.screenshot("desk-waiting");

            counter.press("n");
            counter.awaitExactText("current-number", "BT-001", Duration.ofSeconds(10));
            counter.settle();
            long calledSeen = board.awaitExactText("waiting-" + code, "0", LIVE_UPDATE_LIMIT);
            board.awaitContaining(By.id("board:counters"), "BT-001");

            counter.press("s");
            counter.awaitContaining(By.id("current-status"), "In service");
            clerk.screenshot("desk");
            counter.press("c");
            clerk.await(By.id("desk:no-patient"));
            counter.settle();
            long completedSeen = board.awaitExactText("served-" + code, "1", LIVE_UPDATE_LIMIT);
            supervisor.screenshot("supervisor-board");
            System.out.printf("Live update delays (ms): issued %d, called %d, completed %d%n", issuedSeen, calledSeen, completedSeen);

            // The audit trail has the whole story, and exports it as CSV.
            supervisor.open("console/supervisor/audit.xhtml");
            ConsoleScreen audit = new ConsoleScreen(supervisor);
            audit.type("audit:ticket", "BT-001");
            audit.type("audit:counter", counterName);
            audit.click("audit:apply");
            audit.awaitContaining(By.id("audit:lines"), "Completed");
            audit.awaitContaining(By.id("audit:lines"), "Service started");
            audit.awaitContaining(By.id("audit:lines"), "clerk");
            audit.settle();
            supervisor.screenshot("audit");
            String csv = download(supervisor, "audit:export");
            assertThat(csv).startsWith("\uFEFFtime,staff,action").contains("BT-001,", "TICKET_COMPLETED", "clerk");
        }
    }

    @Test
    void eachRoleLandsOnItsPageAndAnotherRolesPageIsRefused() {
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/index.xhtml", DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
            browser.await(By.id("issue:issue-ticket"));
            assertThat(browser.driver().findElements(By.id("nav-services"))).as("no menu entry for other roles' pages").isEmpty();

            browser.open("console/admin/index.xhtml");
            assertThat(browser.await(By.id("error-title")).getText()).isEqualTo("Not allowed");
            browser.screenshot("forbidden");
            browser.open("console/desk/index.xhtml");
            assertThat(browser.await(By.id("error-title")).getText()).isEqualTo("Not allowed");
        }
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/index.xhtml", DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
            browser.await(By.id("board:services"));
            browser.open("console/reception/index.xhtml");
            assertThat(browser.await(By.id("error-title")).getText()).isEqualTo("Not allowed");
        }
    }

    @Test
    void receptionFindsATicketChangesItsPriorityWithAReasonAndCancelsIt() {
        String service = new ApiFixture(Http.to(base)).service("RF");
        String name = "Find " + randomCode();
        assertThat(Http.to(base).postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"" + name + " Kumar\"}")
                .statusCode()).isEqualTo(201);
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/index.xhtml", DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
            ConsoleScreen reception = new ConsoleScreen(browser);
            reception.type("search:text", name);
            reception.click("search:find");
            browser.awaitText(By.id("found:results"), "RF-001");

            clickRowButton(browser, "found:results", "RF-001", "Priority");
            reception.choose("action:priority", "High");
            reception.click("action:apply");
            browser.awaitText(By.id("action"), "Give a reason");
            assertThat(browser.driver().findElement(By.id("found:results")).getText()).as("nothing changed").contains("Normal");
            reception.type("action:reason", "Pregnant");
            reception.click("action:apply");
            browser.awaitText(By.id("found:results"), "High");

            clickRowButton(browser, "found:results", "RF-001", "Cancel");
            browser.await(By.id("action:reason"));
            reception.type("action:reason", "Went home");
            reception.click("action:apply");
            browser.awaitText(By.id("found:results"), "Cancelled");
            browser.screenshot("reception-search");
        }
    }

    @Test
    void theSupervisorPutsACounterOnBreakAndEndsADaySessionFromTheBoard() {
        ApiFixture api = new ApiFixture(Http.to(base));
        String service = api.service("SV");
        long counterId = api.counter(service);
        String counterName = Http.json(Http.to(base).as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD).get("api/counters/" + counterId))
                .getString("name");
        assertThat(Http.to(base).postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"Late Comer\"}")
                .statusCode()).isEqualTo(201);
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/index.xhtml", DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
            ConsoleScreen board = new ConsoleScreen(browser);
            board.awaitExactText("waiting-" + service, "1", Duration.ofSeconds(10));

            browser.driver().findElement(By.xpath("//tr[td[contains(., '(" + service + ")')]]//button[normalize-space()='End session']")).click();
            browser.await(By.id("session:reason"));
            board.click("session:confirm");
            board.awaitContaining(By.id("session"), "Give a reason");
            board.type("session:reason", "Doctor called away");
            board.click("session:confirm");
            board.awaitContaining(By.id("messages"), "1 waiting ticket(s) ended");
            board.awaitExactText("waiting-" + service, "0", Duration.ofSeconds(5));

            board.awaitContaining(By.xpath("//*[@id='board:counters']//tr[td[1][normalize-space()='" + counterName + "']]"
                    + "//span[contains(@class, 'status-pill')]"), "Closed");
            clickRowButton(browser, "board:counters", counterName, "On break");
            browser.await(By.id("counterStatus:reason"));
            board.type("counterStatus:reason", "Tea");
            board.click("counterStatus:confirm");
            board.awaitContaining(By.xpath("//*[@id='board:counters']//tr[td[1][normalize-space()='" + counterName + "']]"
                    + "//span[contains(@class, 'status-pill')]"), "On break");
        }
    }

    @Test
    void aClerkHoldsBringsBackTransfersThroughTheDialogMarksANoShowAndRunsLate() {
        ApiFixture api = new ApiFixture(Http.to(base));
        String service = api.service("HD");
        String lab = api.service("LB");
        long counterId = api.counter(service);
        Http admin = Http.to(base).as(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        String counterName = Http.json(admin.get("api/counters/" + counterId)).getString("name");
        String labName = "API " + lab;
        String first = issue(service, "Hold Then Transfer");
        String second = issue(service, "Never Came");
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/index.xhtml", DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
            ConsoleScreen desk = new ConsoleScreen(browser);
            desk.choose("desk:counter", counterName);
            desk.awaitContaining(By.id("desk:waiting"), "HD-002");

            // Hold the first patient (sent for a test), the desk is free; bring them back from the held list.
            desk.click("desk:call-next");
            desk.awaitExactText("current-number", "HD-001", Duration.ofSeconds(10));
            desk.type("desk:holdReason", "Sent for an X-ray");
            desk.click("desk:hold");
            browser.await(By.id("desk:no-patient"));
            desk.awaitContaining(By.id("desk:held"), "Hold Then Transfer");
            browser.driver().findElement(By.xpath("//*[@id='desk:held']//tr[td[contains(., 'HD-001')]]//button")).click();
            desk.awaitExactText("current-number", "HD-001", Duration.ofSeconds(10));
            desk.awaitContaining(By.id("current-history"), "Sent for an X-ray");

            // Transfer through the dialog: the reason is required, then the patient joins the lab's queue.
            desk.click("desk:transfer");
            browser.await(By.id("transfer:reason"));
            desk.choose("transfer:service", labName);
            desk.type("transfer:reason", "Needs a blood test");
            desk.click("transfer:transfer-confirm");
            browser.await(By.id("desk:no-patient"));
            assertThat(statusOf(first)).isEqualTo("WAITING");
            assertThat(admin.get("api/services/" + lab + "/queue").body()).contains("Hold Then Transfer");
            desk.settle();

            // The second patient does not come: no-show with the keyboard. A first miss sends them back to the
            // queue, callable again after the grace minutes (queue.no-show-grace-minutes); a second one ends it.
            desk.press("n");
            desk.awaitExactText("current-number", "HD-002", Duration.ofSeconds(10));
            desk.settle();
            desk.press("x");
            browser.await(By.id("desk:no-patient"));
            desk.awaitContaining(By.id("desk:waiting"), "callable after");
            assertThat(statusOf(second)).isEqualTo("WAITING");
            clickCallThis(browser, desk, "HD-002", "Came back early");
            desk.awaitExactText("current-number", "HD-002", Duration.ofSeconds(10));
            desk.settle();
            desk.press("x");
            browser.await(By.id("desk:no-patient"));
            assertThat(statusOf(second)).isEqualTo("NO_SHOW");

            // The doctor runs 15 minutes late, then takes a break: the counter's pill says so.
            WebElement late = browser.await(By.id("desk:late_input"));
            late.clear();
            late.sendKeys("15");
            desk.click("desk:save-late");
            desk.awaitContaining(By.id("desk:counterStatus"), "running late by 15 min");
            desk.type("desk:statusReason", "Tea");
            desk.click("desk:break");
            desk.awaitContaining(By.id("counter-status"), "On break");
            browser.screenshot("desk-on-break");
        }
        Http clerkApi = Http.to(base).as(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        assertThat(Http.json(clerkApi.get("api/counters/" + counterId)).getString("status")).isEqualTo("ON_BREAK");
    }

    /** Calls a patient out of turn through the waiting list's button and the dialog asking for a reason. */
    private static void clickCallThis(Browser browser, ConsoleScreen desk, String number, String reason) {
        browser.driver().findElement(By.xpath("//*[@id='desk:waiting']//tr[td[contains(., '" + number + "')]]//button")).click();
        browser.await(By.id("call:callReason"));
        desk.type("call:callReason", reason);
        desk.click("call:call-confirm");
    }

    private String issue(String service, String name) {
        var response = Http.to(base).postJson("api/tickets", "{\"serviceCode\":\"" + service + "\",\"patientName\":\"" + name + "\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        return Http.json(response).getString("trackingId");
    }

    private String statusOf(String trackingId) {
        return Http.json(Http.to(base).get("api/tickets/" + trackingId)).getString("status");
    }

    @Test
    void anAdminCreatesAnAccountWhoseOwnerChangesThePasswordAndTheAdminResetsAndDisablesIt() {
        String username = "nurse-" + randomCode().toLowerCase();
        try (Browser admin = Browser.desk(base); Browser nurse = Browser.desk(base)) {
            admin.signIn("console/admin/staff.xhtml", DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
            ConsoleScreen staff = new ConsoleScreen(admin);
            staff.type("edit:username", username);
            staff.type("edit:displayName", "Nina Nurse");
            staff.type("edit:password", "short");
            admin.driver().findElement(By.xpath("//label[normalize-space()='Reception']")).click();
            staff.click("edit:save");
            admin.awaitText(By.id("messages"), "at least 8 characters");
            assertThat(admin.driver().findElement(By.id("list:accounts")).getText()).doesNotContain(username);

            staff.type("edit:password", "first-password-1");
            staff.click("edit:save");
            admin.awaitText(By.id("list:accounts"), username);

            nurse.signIn("console/index.xhtml", username, "first-password-1");
            nurse.await(By.id("issue:issue-ticket"));
            nurse.open("console/account.xhtml");
            ConsoleScreen own = new ConsoleScreen(nurse);
            own.type("password:current", "first-password-1");
            own.type("password:new", "second-password-2");
            own.type("password:repeat", "second-password-2");
            own.click("password:change");
            nurse.awaitText(By.id("messages"), "Your password was changed");

            admin.open("console/admin/staff.xhtml");
            admin.driver().findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]//button[normalize-space()='Reset password']")).click();
            staff.type("reset:newPassword", "third-password-3");
            staff.click("reset:resetConfirm");
            admin.awaitText(By.id("messages"), "The password was reset");
            admin.driver().findElement(By.xpath("//tr[td[normalize-space()='" + username + "']]//button[normalize-space()='Deactivate']")).click();
            staff.click("confirm-yes");
            admin.awaitText(By.xpath("//tr[td[normalize-space()='" + username + "']]"), "deactivated");
        }
        try (Browser nurse = Browser.desk(base)) {
            nurse.signIn("console/index.xhtml", username, "third-password-3");
            assertThat(nurse.await(By.id("login-error")).getText()).contains("deactivated");
        }
    }

    @Test
    void anEndedSessionSendsThePageToTheLoginWithAClearMessage() {
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/account.xhtml", DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
            browser.await(By.id("password:change"));
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.driver().manage().addCookie(new Cookie("JSESSIONID", "ended-by-timeout", "/clinicqueue"));

            new ConsoleScreen(browser).click("password:change");

            assertThat(browser.await(By.id("login-expired")).getText()).contains("session ended");
            assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml");
            browser.screenshot("login-session-ended");
        }
    }

    @Test
    void aConsoleLeftAloneForTheSessionTimeoutSignsOutAndSaysWhy() {
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/account.xhtml", DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
            browser.await(By.id("language:save"));
            assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-idle-seconds")).isEqualTo("1800");

            // Nobody touches the page for an hour (the page's clock is moved on instead of waiting).
            browser.driver().executeScript("var real = Date.now; Date.now = function () { return real() + 3600 * 1000; };");

            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> !d.findElements(By.id("login-expired")).isEmpty());
            assertThat(browser.driver().getCurrentUrl()).contains("login.xhtml?expired=true");
            browser.open("console/account.xhtml");
            assertThat(browser.await(By.id("j_username")).isDisplayed()).as("signed out for real").isTrue();
        }
    }

    @Test
    void eachPersonChoosesTheirLanguageAndTheConsoleSpeaksHindi() {
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/account.xhtml", DemoAccounts.DOCTOR, DemoAccounts.DOCTOR_PASSWORD);
            ConsoleScreen screen = new ConsoleScreen(browser);
            try {
                screen.choose("language:choice", "हिन्दी");
                screen.click("language:save");
                screen.awaitContaining(By.id("nav-desk"), "काउंटर डेस्क");
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("hi");
                browser.screenshot("account-hindi");
                browser.open("console/desk/index.xhtml");
                screen.awaitContaining(By.cssSelector("h1.page-title"), "काउंटर डेस्क");
                browser.screenshot("desk-hindi");
            } finally {
                browser.open("console/account.xhtml");
                screen.choose("language:choice", "English");
                screen.click("language:save");
                screen.awaitContaining(By.id("nav-desk"), "Counter desk");
            }
        }
    }

    @Test
    void theMainPagesFitADeskScreenAndATablet() {
        Map<String, String> pages = Map.of(
                "console/admin/staff.xhtml", "admin-staff",
                "console/admin/settings.xhtml", "admin-settings",
                "console/account.xhtml", "account");
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/index.xhtml", DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
            browser.await(By.id("list:services"));
            for (Map.Entry<String, String> page : pages.entrySet()) {
                browser.open(page.getKey());
                browser.await(By.cssSelector("h1.page-title"));
                assertThat(new ConsoleScreen(browser).fitsWidth()).as(page.getKey()).isTrue();
                browser.screenshot(page.getValue());
            }
            browser.open("console/admin/settings.xhtml");
            assertThat(browser.await(By.id("settings:list")).getText()).contains("supervisor.wait-alert-minutes", "hospital.time-zone");
        }
        try (Browser tablet = Browser.tablet(base)) {
            tablet.signIn("console/index.xhtml", DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
            tablet.await(By.id("desk:counter"));
            assertThat(new ConsoleScreen(tablet).fitsWidth()).as("desk on a tablet").isTrue();
            tablet.screenshot("desk-tablet");
        }
        try (Browser tablet = Browser.tablet(base)) {
            tablet.signIn("console/index.xhtml", DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
            tablet.await(By.id("board:services"));
            assertThat(new ConsoleScreen(tablet).fitsWidth()).as("board on a tablet").isTrue();
            tablet.screenshot("supervisor-board-tablet");
        }
    }

    /**
     * Clicks the button with this label in the row of the table whose first cell reads {@code firstCell}; a live
     * update may re-render the table between finding the button and clicking it, so a stale one is found again.
     */
    private static void clickRowButton(Browser browser, String tableId, String firstCell, String label) {
        By button = By.xpath("//*[@id='" + tableId + "']//tr[td[1][normalize-space()='" + firstCell + "']]"
                + "//button[normalize-space()='" + label + "']");
        for (int attempt = 1; ; attempt++) {
            try {
                browser.await(button).click();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    private static String decodeQr(String dataUri) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    }

    /** Clicks a download button and returns the downloaded file's text. */
    private static String download(Browser browser, String buttonId) throws Exception {
        Path folder = Files.createTempDirectory("clinicqueue-download");
        browser.driver().executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", folder.toString()));
        browser.driver().findElement(By.id(buttonId)).click();
        // Chrome may show the final name before the content is written: wait for a finished, non-empty file.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> {
            try (var files = Files.list(folder)) {
                List<Path> all = files.toList();
                return all.stream().noneMatch(f -> f.toString().endsWith(".crdownload"))
                        && all.stream().anyMatch(f -> f.toString().endsWith(".csv") && f.toFile().length() > 0);
            } catch (Exception e) {
                return false;
            }
        });
        try (var files = Files.list(folder)) {
            return Files.readString(files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow(), StandardCharsets.UTF_8);
        }
    }

    private static String randomCode() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36).toUpperCase();
    }
}
