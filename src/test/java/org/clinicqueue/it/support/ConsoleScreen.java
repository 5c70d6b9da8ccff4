package org.clinicqueue.it.support;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Driving the console's PrimeFaces widgets the way a person does (open a menu, pick the entry by its label,
 * press a key with nothing focused), for the browser tests.
 */
public final class ConsoleScreen {

    private final Browser browser;

    public ConsoleScreen(Browser browser) {
        this.browser = browser;
    }

    /** Picks the entry shown as {@code label} in the p:selectOneMenu with this client id. */
    public void choose(String menuId, String label) {
        browser.await(By.id(menuId)).click();
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    public void type(String inputId, String text) {
        WebElement input = browser.await(By.id(inputId));
        input.clear();
        input.sendKeys(text);
    }

    public void click(String id) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    /** A keyboard shortcut, pressed with no input focused (as after clicking on the page's background). */
    public void press(String key) {
        ((JavascriptExecutor) browser.driver()).executeScript("if (document.activeElement) document.activeElement.blur();");
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    public String text(String id) {
        return browser.await(By.id(id)).getText();
    }

    /** Waits for the element's text to become exactly this; returns how long it took in milliseconds. */
    public long awaitExactText(String id, String expected, Duration within) {
        long start = System.nanoTime();
        try {
            new WebDriverWait(browser.driver(), within, Duration.ofMillis(50))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.id(id)).stream().anyMatch(e -> expected.equals(e.getText().strip())));
        } catch (TimeoutException e) {
            browser.screenshot("failed-" + id.replace(':', '_'));
            throw e;
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Waits for the element to contain the text (re-rendered elements are looked up again). */
    public void awaitContaining(By locator, String text) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(100))
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(locator).stream().anyMatch(e -> e.getText().contains(text)));
        } catch (TimeoutException e) {
            browser.screenshot("failed-" + locator.toString().replaceAll("[^A-Za-z0-9-]", "_"));
            throw e;
        }
    }

    /** Whether the page fits the window's width (nothing to scroll sideways). */
    public boolean fitsWidth() {
        Object fits = ((JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
        return Boolean.TRUE.equals(fits);
    }

    /** Waits until PrimeFaces has no ajax request in flight. */
    public void settle() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10), Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }
}
