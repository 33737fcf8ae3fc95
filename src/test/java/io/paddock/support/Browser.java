package io.paddock.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real headless Chromium, started once per test run and shared by the browser tests. The
 * binaries default to Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}; set {@code paddock.test.chromium} and
 * {@code paddock.test.chromedriver} (or the environment variables {@code CHROMIUM_BINARY}
 * and {@code CHROMEDRIVER_BINARY}) to use another browser.
 * <p>
 * The browser {@link #withoutJavaScript() without JavaScript} is the same Chromium with
 * page scripts turned off through the DevTools command
 * {@code Emulation.setScriptExecutionDisabled}: the page runs none of its scripts and
 * shows its {@code <noscript>} content, across every navigation of the tab, while the
 * test can still run its own scripts for a moment with {@link #withTestScripts}.
 */
public final class Browser {

	private static WebDriver withJavaScript;

	private static WebDriver withoutJavaScript;

	private Browser() {
	}

	public static synchronized WebDriver get() {
		if (withJavaScript == null) {
			withJavaScript = start();
		}
		return withJavaScript;
	}

	public static synchronized WebDriver withoutJavaScript() {
		if (withoutJavaScript == null) {
			withoutJavaScript = start();
			pageScripts(withoutJavaScript, false);
		}
		return withoutJavaScript;
	}

	/**
	 * Runs the test's own scripts, such as the axe-core scan, in the current page. In the
	 * browser without JavaScript, script execution is turned on only while they run: the
	 * page's scripts that were skipped when it loaded do not run afterwards, and the next
	 * pages again load without scripts.
	 */
	public static <T> T withTestScripts(WebDriver driver, Supplier<T> scripts) {
		if (driver != withoutJavaScript) {
			return scripts.get();
		}
		pageScripts(driver, true);
		try {
			return scripts.get();
		}
		finally {
			pageScripts(driver, false);
		}
	}

	private static void pageScripts(WebDriver driver, boolean enabled) {
		((ChromeDriver) driver).executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
	}

	private static WebDriver start() {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(setting("paddock.test.chromium", "CHROMIUM_BINARY", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,900", "--user-data-dir=" + freshProfileDirectory());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(
					new File(setting("paddock.test.chromedriver", "CHROMEDRIVER_BINARY", "/usr/bin/chromedriver")))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		Runtime.getRuntime().addShutdownHook(new Thread(driver::quit));
		return driver;
	}

	private static String setting(String property, String environment, String fallback) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			value = System.getenv(environment);
		}
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private static Path freshProfileDirectory() {
		try {
			return Files.createTempDirectory("paddock-chromium");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
