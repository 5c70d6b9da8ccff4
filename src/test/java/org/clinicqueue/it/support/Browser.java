package org.clinicqueue.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) for browser tests. Started with the flags that keep it off the network, with a fresh
 * profile each time. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final URL base;

    private Browser(URL base, int width, int height, boolean mobile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--lang=en-GB", "--autoplay-policy=no-user-gesture-required",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + tempProfile());
        if (mobile) {
            options.addArguments("--user-agent=Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36");
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.driver.manage().window().setSize(new Dimension(width, height));
        this.base = base;
    }

    /** A desk screen: 1366x768. */
    public static Browser desk(URL base) {
        return new Browser(base, 1366, 768, false);
    }

    public static Browser tablet(URL base) {
        return new Browser(base, 1024, 768, false);
    }

    /** A small phone: 390x844. */
    public static Browser phone(URL base) {
        return new Browser(base, 390, 844, true);
    }

    public static Browser display(URL base) {
        return new Browser(base, 1920, 1080, false);
    }

    public ChromeDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(base.toString() + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    public WebElement await(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    public void awaitText(By locator, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    /** Signs in through the login form (any protected page redirects there first). */
    public Browser signIn(String path, String username, String password) {
        open(path);
        await(By.id("j_username")).sendKeys(username);
        driver.findElement(By.id("j_password")).sendKeys(password);
        WebElement submit = driver.findElement(By.id("login-submit"));
        submit.click();
        // The login page is replaced once the redirects after j_security_check are done.
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(submit));
        return this;
    }

    public Path screenshot(String name) {
        try {
            Path dir = Path.of(System.getProperty("clinicqueue.screenshots", "target/screenshots"));
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("clinicqueue-chromium").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
