package org.clinicqueue.it.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import org.clinicqueue.it.support.Browser;
import org.clinicqueue.it.support.ConsoleScreen;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
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
 * The console's side of the hall displays: an admin registers a screen and gets its address (once), the
 * screen opened at that address shows itself, and a supervisor's message reaches its ticker.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisplayConsoleBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAdminRegistersAScreenAndASupervisorsMessageReachesIt() {
        String code = QueueFixture.code("D");
        String name = "Ward " + code;
        String message = "Dr. Rao's clinic starts at 11:00 (" + code + ")";
        try (Browser admin = Browser.desk(base); Browser screen = Browser.display(base); Browser supervisor = Browser.desk(base)) {
            admin.signIn("console/admin/displays.xhtml", DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
            admin.open("console/admin/displays.xhtml");
            ConsoleScreen page = new ConsoleScreen(admin);
            page.type("edit:code", code);
            page.type("edit:name", name);
            page.type("edit:languages", "en, hi");
            admin.driver().findElement(By.xpath("//label[normalize-space()='General OPD']")).click();
            page.click("edit:save");

            String address = admin.await(By.id("screen-address")).getText();
            assertThat(address).contains("/display/?d=" + code + "#key=");
            assertThat(admin.driver().findElement(By.id("screen-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
            admin.awaitText(By.id("list:displays"), name);
            admin.screenshot("admin-displays");

            screen.driver().get(address);
            screen.awaitText(By.id("display-name"), name);

            supervisor.signIn("console/supervisor/index.xhtml", DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
            ConsoleScreen board = new ConsoleScreen(supervisor);
            board.type("screens:text", message);
            board.choose("screens:display", name);
            board.click("screens:post");
            supervisor.awaitText(By.id("messages"), "on the screens");

            screen.awaitText(By.id("ticker-text"), message);
            assertThat(screen.driver().findElement(By.id("ticker")).isDisplayed()).isTrue();

            board.click("screens:clear");
            new WebDriverWait(screen.driver(), Duration.ofSeconds(10))
                    .until(d -> !d.findElement(By.id("ticker")).isDisplayed());
        }
    }
}
