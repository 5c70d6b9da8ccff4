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

    /**
     * Picks the entry shown as {@code label} in the p:selectOneMenu with this client id: opens the menu, then
     * selects the entry through the widget's own API (as a click on it does, with its change events), and
     * checks that the menu now shows it. Clicking the entry itself proved flaky on a busy machine: the panel
     * is still being positioned while it opens.
     */
    public void choose(String menuId, String label) {
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + label + "']");
        browser.await(By.id(menuId)).click();  // the panel's entries are rendered when it first opens
        String value = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(item)).getAttribute("data-value");
        ((JavascriptExecutor) browser.driver()).executeScript("var menu = PrimeFaces.getWidgetById(arguments[0]), wanted = arguments[1];"
                + " menu.selectItem(menu.items.filter(function () { return this.getAttribute('data-value') === wanted; }));",
                menuId, value);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.cssSelector("[id='" + menuId + "_label']"), label));
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
            new WebDriverWait(browser.driver(), Duration.ofSeconds(15), Duration.ofMillis(100))
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
