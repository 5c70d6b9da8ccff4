package org.clinicqueue.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import org.clinicqueue.it.support.Browser;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The login page in a real headless Chromium. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginPageBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWrongPasswordIsExplainedAndTheRightOneSignsIn() {
        try (Browser browser = Browser.desk(base)) {
            browser.signIn("console/index.xhtml", DemoAccounts.CLERK, "wrong-password");
            assertThat(browser.await(By.id("login-error")).getText()).contains("not correct");
            browser.screenshot("login");

            browser.signIn("console/index.xhtml", DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);

            assertThat(browser.await(By.id("signed-in")).getText()).contains("clerk");
            assertThat(browser.driver().getCurrentUrl()).as("an operator lands on the counter desk").contains("/console/desk/index.xhtml");
        }
    }
}
