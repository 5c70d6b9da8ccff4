package org.clinicqueue.it.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.clinicqueue.it.support.AppointmentApi;
import org.clinicqueue.it.support.AppointmentApi.Doctor;
import org.clinicqueue.it.support.Browser;
import org.clinicqueue.it.support.ConsoleScreen;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.ItDatabase;
import org.clinicqueue.it.support.PatientFixture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console's appointment pages in a real browser: reception books a patient into a free slot of tomorrow's
 * calendar, moves and cancels bookings and checks today's patient in by phone; the doctor sees them waiting on
 * their own day; a supervisor enters leave (shown the bookings it displaces, whose patients get an SMS),
 * withdraws it, then shortens the doctor's hours. Each page answers 403 to the other roles. Screenshots land
 * in target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentConsoleBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void receptionBooksMovesCancelsAndChecksInTheDoctorSeesTheDayAndTheSupervisorEntersLeaveAndHours() {
        Http anonymous = Http.to(base);
        AppointmentApi appointments = new AppointmentApi(anonymous);
        Doctor doctor = appointments.doctor("C");
        LocalDate tomorrow = appointments.tomorrow();
        String todaysPhone = PatientFixture.phone();
        JsonObject today = appointments.bookByReception(doctor, appointments.at(tomorrow, "07:00"), "Priya Today", todaysPhone);
        appointments.moveSlot(today.getString("code"), Instant.now().plus(Duration.ofMinutes(20)));
        String imransPhone = PatientFixture.phone();
        appointments.bookByReception(doctor, appointments.at(tomorrow, "09:30"), "Imran Booked", imransPhone);
        String ravisPhone = PatientFixture.phone();
        appointments.bookByReception(doctor, appointments.at(tomorrow, "08:30"), "Ravi Cancels", ravisPhone);

        try (Browser reception = Browser.desk(base); Browser doctorsPc = Browser.desk(base); Browser supervisor = Browser.desk(base)) {
            reception.signIn("console/reception/appointments.xhtml", DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
            ConsoleScreen calendar = new ConsoleScreen(reception);
            reception.await(By.id("nav-appointments"));
            calendar.choose("nav:service", "API " + doctor.serviceCode());
            calendar.settle();
            calendar.click("nav:next");
            calendar.awaitContaining(By.id("calendar"), "Imran Booked");

            // A free slot of tomorrow, booked for a patient at the desk.
            calendar.click(reception.driver().findElement(By.cssSelector("[data-slot='" + doctor.id() + "-10:00']")).getAttribute("id"));
            reception.await(By.id("book:name")).sendKeys("Lakshmi Iyer");
            calendar.type("book:phone", PatientFixture.phone());
            calendar.type("book:reason", "Knee pain");
            calendar.click("book:confirm-booking");
            calendar.awaitContaining(By.id("messages"), "Booked");
            calendar.awaitContaining(slotRow("10:00"), "Lakshmi Iyer");
            reception.screenshot("console-appointments-calendar");

            // Imran asks for a later time: moved in the dialog to a free slot of the same day.
            clickRowButton(reception, "Imran Booked", "Move");
            calendar.choose("move:moveStart", "10:30");
            calendar.click("move:confirm-move");
            calendar.awaitContaining(By.id("messages"), "Moved");
            calendar.awaitContaining(slotRow("10:30"), "Imran Booked");
            assertThat(textOf(reception, slotRow("09:30"))).doesNotContain("Imran Booked");
            assertThat(smsKinds(imransPhone)).contains("APPOINTMENT_RESCHEDULED");

            // Ravi cannot come: cancelled after the confirmation; the slot is free again and he is told.
            clickRowButton(reception, "Ravi Cancels", "Cancel");
            confirm(reception);
            calendar.awaitContaining(By.id("messages"), "Cancelled");
            calendar.awaitContaining(slotRow("08:30"), "free");
            assertThat(textOf(reception, By.id("calendar"))).doesNotContain("Ravi Cancels");
            assertThat(smsKinds(ravisPhone)).contains("APPOINTMENT_CANCELLED");

            // Today's patient arrives: found by phone, checked in, given a token for the doctor's room.
            calendar.type("search:text", todaysPhone);
            calendar.click("search:find");
            calendar.awaitContaining(By.id("search:results"), "Priya Today");
            calendar.click(reception.driver().findElement(By.cssSelector("[id$='found-check-in']")).getAttribute("id"));
            calendar.awaitContaining(By.id("checkin"), "Room " + doctor.roomCode());
            assertThat(calendar.text("checkin:checked-in-number")).startsWith("C-");
            calendar.awaitContaining(By.id("messages"), "Checked in");

            doctorsPc.signIn("console/desk/appointments.xhtml", doctor.username(), DemoAccounts.DOCTOR_PASSWORD);
            ConsoleScreen day = new ConsoleScreen(doctorsPc);
            day.awaitContaining(By.id("day"), "Priya Today");
            assertThat(day.text("count-waiting")).isEqualTo("1");
            assertThat(textOf(doctorsPc, By.id("day"))).contains("Waiting").contains(doctor.name());
            doctorsPc.screenshot("console-doctor-day");
            day.click("nav:next");
            day.awaitContaining(By.id("day"), "Lakshmi Iyer");
            assertThat(day.text("count-booked")).isEqualTo("2");

            supervisor.signIn("console/supervisor/schedules.xhtml", DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
            ConsoleScreen schedules = new ConsoleScreen(supervisor);
            schedules.choose("choose:doctor", doctor.name() + " · Room " + doctor.roomCode());
            schedules.settle();

            // Leave for the whole of tomorrow: the page lists the bookings to move, the patients are told by SMS.
            schedules.type("exceptions:first_input", tomorrow.toString());
            schedules.type("exceptions:reason", "Conference " + doctor.username());
            schedules.click("exceptions:add-exception");
            schedules.awaitContaining(By.id("affected"), "Lakshmi Iyer");
            assertThat(textOf(supervisor, By.id("affected"))).contains("Imran Booked")
                    .doesNotContain("Priya Today").doesNotContain("Ravi Cancels");
            schedules.awaitContaining(By.id("exceptions:list"), "Conference " + doctor.username());
            assertThat(smsKinds(imransPhone)).contains("APPOINTMENT_DOCTOR_AWAY");
            supervisor.screenshot("console-schedules-leave");
            calendar.click("nav:today");
            calendar.settle();
            calendar.click("nav:next");
            calendar.awaitContaining(By.id("calendar"), "Not working this day.");

            // The leave is withdrawn: the day's slots come back.
            supervisor.driver().findElement(By.xpath("//*[@id='exceptions:list']//tr[td[contains(normalize-space(), 'Conference "
                    + doctor.username() + "')]]//button[normalize-space()='Withdraw']")).click();
            confirm(supervisor);
            schedules.awaitContaining(By.id("messages"), "Withdrawn");

            // Shorter hours tomorrow: the bookings after them are listed to be moved.
            int row = tomorrow.getDayOfWeek().getValue() - 1;
            schedules.type("week:days:" + row + ":hours", "08:00-09:30");
            schedules.click("week:save-week");
            schedules.awaitContaining(By.id("messages"), "The weekly hours were saved");
            schedules.awaitContaining(By.id("affected"), "Lakshmi Iyer");
            assertThat(textOf(supervisor, By.id("affected"))).contains("Imran Booked").doesNotContain("Priya Today");
            supervisor.screenshot("console-schedules");
        }
    }

    @Test
    void eachAppointmentPageAnswers403ToTheOtherRoles() {
        Http reception = signedIn(DemoAccounts.RECEPTION, DemoAccounts.RECEPTION_PASSWORD);
        assertThat(reception.get("console/reception/appointments.xhtml").statusCode()).isEqualTo(200);
        assertThat(reception.get("console/desk/appointments.xhtml").statusCode()).isEqualTo(403);
        assertThat(reception.get("console/supervisor/schedules.xhtml").statusCode()).isEqualTo(403);

        Http clerk = signedIn(DemoAccounts.CLERK, DemoAccounts.CLERK_PASSWORD);
        assertThat(clerk.get("console/desk/appointments.xhtml").statusCode()).isEqualTo(200);
        assertThat(clerk.get("console/reception/appointments.xhtml").statusCode()).isEqualTo(403);
        assertThat(clerk.get("console/supervisor/schedules.xhtml").statusCode()).isEqualTo(403);

        Http supervisor = signedIn(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        assertThat(supervisor.get("console/supervisor/schedules.xhtml").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("console/reception/appointments.xhtml").statusCode()).isEqualTo(403);

        Http admin = signedIn(DemoAccounts.ADMIN, DemoAccounts.ADMIN_PASSWORD);
        assertThat(admin.get("console/supervisor/schedules.xhtml").body()).contains("Add a doctor");
    }

    private Http signedIn(String username, String password) {
        Http browser = Http.to(base);
        browser.get("console/index.xhtml");
        browser.postForm("j_security_check", "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        return browser;
    }

    /** The calendar's line of this time (the test's doctor is the only one of their service). */
    private static By slotRow(String time) {
        return By.xpath("//*[@id='calendar']//tr[td[1][normalize-space()='" + time + "']]");
    }

    /** Clicks a button of the patient's line; the live calendar may be re-rendered meanwhile, so it is looked up again. */
    private static void clickRowButton(Browser browser, String patient, String label) {
        By button = By.xpath("//*[@id='calendar']//tr[td[contains(normalize-space(), '" + patient + "')]]//button[normalize-space()='"
                + label + "']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(100))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    d.findElement(button).click();
                    return true;
                });
    }

    /**
     * Says "Yes" in the confirmation dialog once it has finished fading in (a click during the fade hides it,
     * and the end of the fade shows it again: a person cannot click that fast), then waits until it is gone.
     */
    private static void confirm(Browser browser) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50));
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("var c = PrimeFaces.confirmDialog;"
                + " return !!c && c.jq.is(':visible') && !c.jq.is(':animated');")));
        browser.driver().findElement(By.id("confirm-yes")).click();
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !PrimeFaces.confirmDialog.jq.is(':visible');")));
    }

    private static List<String> smsKinds(String phone) {
        return ItDatabase.query("SELECT kind FROM sms_message WHERE phone = ? ORDER BY id", phone).stream()
                .map(r -> String.valueOf(r.get(0))).toList();
    }

    /** An element's text, read again if a live refresh replaced the element between finding and reading it. */
    private static String textOf(Browser browser, By locator) {
        return new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(locator).getText());
    }
}
