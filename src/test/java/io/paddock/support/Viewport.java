package io.paddock.support;

import java.util.Map;
import java.util.function.Supplier;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browser's viewport at a given width, set through the DevTools command
 * {@code Emulation.setDeviceMetricsOverride}, so that the page's media queries see
 * exactly that many CSS pixels.
 */
public final class Viewport {

	public static final int NARROWEST = 360;

	public static final int PHONE = 390;

	public static final int DESKTOP = 1366;

	private static final int PHONE_HEIGHT = 844;

	private static final int DESKTOP_HEIGHT = 900;

	private Viewport() {
	}

	/**
	 * Runs the action with the viewport at the width, then gives the browser back its own
	 * window size.
	 */
	public static <T> T at(WebDriver driver, int width, Supplier<T> action) {
		ChromeDriver chrome = (ChromeDriver) driver;
		chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				(width < DESKTOP) ? PHONE_HEIGHT : DESKTOP_HEIGHT, "deviceScaleFactor", 1, "mobile", false));
		try {
			return action.get();
		}
		finally {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/**
	 * How many CSS pixels the page is wider than the viewport; 0 when it does not scroll
	 * sideways.
	 */
	public static long horizontalOverflow(WebDriver driver) {
		return Browser.withTestScripts(driver, () -> (Long) ((JavascriptExecutor) driver)
			.executeScript("return Math.max(0, document.scrollingElement.scrollWidth - window.innerWidth);"));
	}

}
