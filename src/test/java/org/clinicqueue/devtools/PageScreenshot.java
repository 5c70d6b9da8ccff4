package org.clinicqueue.devtools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Takes a screenshot of a running page after it had time to load its live data, for the pictures in docs/:
 * {@code mvn -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.clinicqueue.devtools.PageScreenshot
 * -Dexec.args="URL OUTPUT.png [WIDTHxHEIGHT] [SECONDS]"}.
 */
public final class PageScreenshot {

    private PageScreenshot() {
    }

    public static void main(String[] args) throws Exception {
        String[] size = (args.length > 2 ? args[2] : "1920x1080").split("x");
        long seconds = args.length > 3 ? Long.parseLong(args[3]) : 4;
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + size[0] + "," + size[1], "--user-data-dir=" + Files.createTempDirectory("shot"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
        try {
            driver.get(args[0]);
            Thread.sleep(seconds * 1000);
            Files.write(Path.of(args[1]), driver.getScreenshotAs(OutputType.BYTES));
        } finally {
            driver.quit();
        }
    }
}
