package org.clinicqueue.it.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.clinicqueue.it.support.ApiFixture;
import org.clinicqueue.it.support.Browser;
import org.clinicqueue.it.support.DemoAccounts;
import org.clinicqueue.it.support.Deployments;
import org.clinicqueue.it.support.Http;
import org.clinicqueue.it.support.ReportHistory;
import org.clinicqueue.it.support.SyntheticHistory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reports page in headless Chromium: a supervisor opens it for a week of history, sees the key figures,
 * the four charts (drawn: their canvases have pixels) and the tables, filters by service, and downloads the
 * CSV through the page's own link (a real download to disk, with the browser's session). Screenshots land in
 * target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsPageBrowserIT {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.blackBox();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSupervisorReadsAWeekFiltersByServiceAndDownloadsTheCsv() throws Exception {
        Http anonymous = Http.to(base);
        ApiFixture fixture = new ApiFixture(anonymous);
        String opd = fixture.service("P");
        String lab = fixture.service("Q");
        long[] opdCounters = {fixture.counter(opd), fixture.counter(opd), fixture.counter(opd)};
        long[] labCounters = {fixture.counter(lab), fixture.counter(lab)};
        new SyntheticHistory(9, ZoneId.of("Asia/Kolkata")).write(MONDAY, 7,
                List.of(ReportHistory.serviceId(opd), ReportHistory.serviceId(lab)), List.of(opdCounters, labCounters),
                List.of("clerk", "doctor", "supervisor"), 60);
        Http supervisor = anonymous.as(DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
        long expectedServed = Http.json(supervisor.get("api/reports?from=" + MONDAY + "&to=" + MONDAY.plusDays(6) + "&service=" + opd))
                .getJsonObject("totals").getJsonNumber("served").longValue();
        assertThat(expectedServed).isGreaterThan(300);

        Path downloads = Files.createTempDirectory("clinicqueue-downloads");
        try (Browser browser = Browser.desk(base)) {
            browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 2200));
            browser.signIn("console/supervisor/reports.xhtml?from=" + MONDAY + "&to=" + MONDAY.plusDays(6),
                    DemoAccounts.SUPERVISOR, DemoAccounts.SUPERVISOR_PASSWORD);
            browser.await(By.id("key-figures"));
            for (String chart : List.of("chart-hours", "chart-distribution", "chart-counters", "chart-trend")) {
                awaitDrawn(browser, chart);
            }
            browser.screenshot("reports-week");

            browser.driver().findElement(By.cssSelector("#filter-service option[value='" + opd + "']")).click();
            browser.driver().findElement(By.id("filter-show")).click();
            browser.awaitText(By.id("report-source"), "API " + opd);
            assertThat(browser.driver().findElement(By.id("fig-served")).getText()).isEqualTo(String.valueOf(expectedServed));
            List<String> counterRows = browser.driver().findElements(By.cssSelector("[id$='table-counters_data'] tr")).stream()
                    .map(row -> row.getText()).toList();
            assertThat(counterRows).as("its three counters, then the patients never called").hasSize(4);
            assertThat(counterRows.get(3)).startsWith("(never called)");
            awaitDrawn(browser, "chart-trend");
            browser.screenshot("reports-service");

            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toString(), "eventsEnabled", true));
            browser.driver().findElement(By.id("export-csv")).click();
            Path csv = awaitDownload(downloads);
            assertThat(csv.getFileName().toString()).isEqualTo("clinicqueue-report-" + MONDAY + "-to-" + MONDAY.plusDays(6) + "-" + opd + ".csv");
            byte[] bytes = Files.readAllBytes(csv);
            assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
            String[] lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
            assertThat(lines[0]).startsWith("breakdown,key,name,");
            assertThat(lines[1].split(",")[7]).as("served in the total line").isEqualTo(String.valueOf(expectedServed));
            assertThat(Stream.of(lines).filter(l -> l.startsWith("day,"))).hasSize(7);
        }
    }

    /** Chart.js has drawn when the canvas holds non-transparent pixels. */
    private static void awaitDrawn(Browser browser, String chartId) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "const c = document.querySelector('[id$=\"" + chartId + "\"] canvas'); if (!c || c.width === 0) return false;"
                        + "const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                        + "for (let i = 3; i < px.length; i += 4) { if (px[i] !== 0) return true; } return false;"));
    }

    private static Path awaitDownload(Path dir) throws IOException, InterruptedException {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".csv")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no CSV was downloaded into " + dir);
    }
}
