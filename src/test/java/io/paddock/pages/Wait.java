package io.paddock.pages;

import java.time.Duration;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
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

}
