package io.paddock.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the tests that use the dashboard in real headless Chromium. Each test starts
 * signed out; helpers take screenshots and run the axe-core accessibility scan.
 */
public abstract class BrowserTest extends IntegrationTest {

	private static final Pattern DRIVER_MARKS = Pattern.compile(" cd_frame_id_=\"[^\"]*\"");

	private static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final AtomicInteger PAGES = new AtomicInteger();

	/**
	 * Swagger UI's API description page, rendered by its own scripts, is not Paddock's
	 * markup.
	 */
	private static final String THIRD_PARTY_PAGES = "/swagger-ui/";

	static {
		try {
			FileSystemUtils
				.deleteRecursively(Path.of(System.getProperty("paddock.test.html-pages", "target/html-pages")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	protected WebDriver browser;

	@BeforeEach
	void signedOutBrowser() {
		this.browser = Browser.get();
		this.browser.get(baseUrl() + "/login");
		this.browser.manage().deleteAllCookies();
	}

	/**
	 * The element that has the keyboard focus.
	 */
	protected WebElement focused() {
		return this.browser.switchTo().activeElement();
	}

	/**
	 * Fails with the list of violations when the current page breaks a WCAG 2 A/AA rule,
	 * or when the scan could not run. Works in the browser without JavaScript too: the
	 * scan only reads the page as it was rendered.
	 */
	protected void assertAccessible() {
		assertAccessible(this.browser);
	}

	protected static void assertAccessible(WebDriver driver) {
		keepPageSource(driver);
		assertThat(driver.findElements(By.tagName("h1"))).as(() -> "h1 headings on " + driver.getCurrentUrl())
			.hasSize(1);
		Results results = scan(driver);
		assertThat(results.getErrorMessage()).as(() -> "accessibility scan of " + driver.getCurrentUrl()).isNull();
		assertThat(results.getViolations())
			.as(() -> "accessibility violations on " + driver.getCurrentUrl() + ":\n"
					+ describe(results.getViolations()))
			.isEmpty();
	}

	/**
	 * The axe-core results (WCAG 2 A/AA rules) for the current page.
	 */
	protected static Results scan(WebDriver driver) {
		return Browser.withTestScripts(driver, () -> new AxeBuilder().withTags(WCAG_TAGS).analyze(driver));
	}

	/**
	 * Saves PNGs of the current page as a phone and a desktop show it,
	 * {@code name-390.png} and {@code name-1366.png}, under the screenshots folder
	 * (target/screenshots; {@code templates-preview/} holds a copy), and keeps the page's
	 * HTML for the HTML check.
	 */
	protected void screenshot(String name) {
		screenshot(this.browser, name);
	}

	protected static void screenshot(WebDriver driver, String name) {
		keepPageSource(driver);
		Path folder = Path.of(System.getProperty("paddock.test.screenshots", "target/screenshots"));
		try {
			Files.createDirectories(folder);
			for (int width : new int[] { Viewport.PHONE, Viewport.DESKTOP }) {
				byte[] png = Viewport.at(driver, width,
						() -> ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
				Files.write(folder.resolve(name + "-" + width + ".png"), png);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Keeps the HTML of the page as the browser holds it now (after scripts and swaps)
	 * under target/html-pages; the build runs the Nu HTML Checker over them after the
	 * browser tests. Swagger UI's page is left out.
	 */
	protected static void keepPageSource(WebDriver driver) {
		// ChromeDriver marks the frames it has seen with an attribute of its own.
		String path = URI.create(driver.getCurrentUrl()).getPath();
		if (path.startsWith(THIRD_PARTY_PAGES)) {
			return;
		}
		Path folder = Path.of(System.getProperty("paddock.test.html-pages", "target/html-pages"));
		try {
			Files.createDirectories(folder);
			String html = Browser.withTestScripts(driver, () -> (String) ((JavascriptExecutor) driver)
				.executeScript("return '<!DOCTYPE html>\\n' + document.documentElement.outerHTML;"));
			String file = "page-" + PAGES.incrementAndGet() + path.replaceAll("[^A-Za-z0-9-]+", "_") + ".html";
			Files.writeString(folder.resolve(file), DRIVER_MARKS.matcher(html).replaceAll(""));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> "- " + rule.getId() + ": " + rule.getHelp() + " "
					+ rule.getNodes()
						.stream()
						.map((node) -> String.valueOf(node.getTarget()))
						.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("\n"));
	}

}
