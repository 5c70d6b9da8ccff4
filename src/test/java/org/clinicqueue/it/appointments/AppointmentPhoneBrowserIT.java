package org.clinicqueue.it.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.clinicqueue.it.support.AppointmentApi;
import org.clinicqueue.it.support.AppointmentApi.Doctor;
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
 * A patient's phone (headless Chromium, 390x844) books an appointment with the code from the outbox, moves it
 * on the appointment's own page, arrives and is checked in by reception, and follows the token it became.
 * Screenshots land in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentPhoneBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPatientBooksOnTheirPhoneMovesTheTimeAndIsCheckedInOnArrival() {
        Http anonymous = Http.to(base);
        Http reception = anonymous.as(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        AppointmentApi appointments = new AppointmentApi(anonymous);
        PatientFixture patients = new PatientFixture(anonymous);
        Doctor doctor = appointments.doctor("B");
        LocalDate tomorrow = appointments.tomorrow();
        appointments.bookByReception(doctor, appointments.at(tomorrow, "09:45"), "Someone Else", PatientFixture.phone());
        String phone = PatientFixture.phone();

        try (Browser browser = Browser.phone(base)) {
            browser.open("book?service=" + doctor.serviceCode());
            assertThat(browser.await(By.id("doctor-" + doctor.id())).isSelected()).as("the only doctor is chosen").isTrue();
            browser.await(By.id("day-" + tomorrow)).click();
            browser.await(By.cssSelector("#times[data-date='" + tomorrow + "'] #slot-1000"));
            assertThat(browser.driver().findElements(By.id("slot-0945"))).as("taken slots are not offered").isEmpty();
            browser.driver().findElement(By.id("slot-1000")).click();
            assertThat(browser.driver().findElement(By.id("chosen")).getText()).contains("10:00").contains(doctor.name());
            browser.driver().findElement(By.id("name")).sendKeys("Sunita Rao");
            browser.driver().findElement(By.id("phone")).sendKeys(phone);
            browser.driver().findElement(By.id("reason")).sendKeys("Follow-up on blood pressure");
            browser.driver().findElement(By.id("send-code")).click();
            browser.await(By.id("code")).sendKeys(patients.latestCode(phone));
            browser.driver().executeScript("document.getElementById('when').scrollIntoView();");
            browser.screenshot("appointment-book");
            browser.driver().findElement(By.id("book-button")).click();

            browser.await(By.id("reference"));
            assertThat(browser.driver().getCurrentUrl()).contains("/a/");
            String code = browser.driver().getCurrentUrl().replaceAll(".*/a/([A-Za-z0-9_-]{22}).*", "$1");
            assertThat(browser.driver().findElement(By.id("when")).getText()).contains("10:00");
            assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("Booked");
            awaitImage(browser, By.id("qr"));
            browser.screenshot("appointment-confirmation");
            assertThat(patients.awaitMessage(phone, "APPOINTMENT_BOOKED").getString("body")).contains("/a/" + code);

            browser.driver().findElement(By.id("change")).click();
            browser.await(By.id("day-" + tomorrow)).click();
            browser.await(By.cssSelector("#times[data-date='" + tomorrow + "'] #slot-1030")).click();
            browser.driver().findElement(By.id("save-move")).click();
            browser.awaitText(By.id("when"), "10:30");
            assertThat(browser.driver().findElement(By.id("message")).getText()).contains("moved");

            // The day comes: reception scans the QR code (its link) and checks the patient in.
            appointments.moveSlot(code, Instant.now().plus(Duration.ofMinutes(5)));
            JsonObject checkedIn = Http.json(reception.postJson("api/appointments/" + code + "/check-in", ""));
            browser.driver().navigate().refresh();
            browser.awaitText(By.id("status"), "Checked in");
            WebElement ticket = browser.await(By.id("ticket-link"));
            assertThat(ticket.getText()).contains(checkedIn.getString("number"));
            ticket.click();
            browser.awaitText(By.id("number"), checkedIn.getString("number"));
            browser.screenshot("appointment-checked-in-status");
        }
    }

    private static void awaitImage(Browser browser, By locator) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.jsReturnsValue(
                "var i = document.getElementById('" + locator.toString().replace("By.id: ", "") + "'); "
                        + "return i && i.complete && i.naturalWidth > 0 ? true : null;"));
    }
}
