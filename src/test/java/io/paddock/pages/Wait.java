package io.paddock.pages;

import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Waits for a condition on the page, tolerating elements that htmx swaps out meanwhile.
 */
public final class Wait {

	private static final Duration TIMEOUT = Duration.ofSeconds(5);

	private Wait() {
	}

	/**
	 * Waits until htmx has finished every request, swap and settle on the page.
	 */
	public static void htmxIdle(WebDriver browser) {
		until(browser,
				(driver) -> driver
					.findElements(By.cssSelector(".htmx-request, .htmx-swapping, .htmx-settling, .htmx-added"))
					.isEmpty());
	}

	public static <T> T until(WebDriver browser, Function<WebDriver, T> condition) {
		return new WebDriverWait(browser, TIMEOUT).ignoring(StaleElementReferenceException.class)
			.until(condition::apply);
	}

	/**
	 * The text of the element once it shows any, for messages on a page that may still be
	 * rendering.
	 */
	public static String text(WebDriver browser, By locator) {
		return until(browser, (driver) -> {
			String text = driver.findElement(locator).getText();
			return text.isBlank() ? null : text;
		});
	}

	/**
	 * Clicks the element and waits until it is gone, replaced by an htmx swap or by the
	 * next page.
	 */
	public static void clickAndAwaitReplacement(WebDriver browser, WebElement element) {
		clickAndAwaitReplacement(browser, element, TIMEOUT);
	}

	/**
	 * Like {@link #clickAndAwaitReplacement(WebDriver, WebElement)}, for actions that may
	 * take longer, such as uploads. While the browser moves to the next page, Chromium
	 * may answer a question about the old element with an error other than "stale": such
	 * answers are asked again.
	 */
	public static void clickAndAwaitReplacement(WebDriver browser, WebElement element, Duration timeout) {
		element.click();
		new WebDriverWait(browser, timeout).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(element));
	}

}
