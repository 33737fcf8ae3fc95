package io.paddock.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The top-left navigation panel: the current workspace and the list to switch to another.
 */
public class WorkspaceSwitcher {

	private final WebDriver browser;

	private final String baseUrl;

	WorkspaceSwitcher(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	public String currentLabel() {
		return Wait.until(this.browser,
				(driver) -> driver.findElement(By.cssSelector("#workspace-nav .current-label")).getText());
	}

	public WorkspaceSwitcher open() {
		WebElement panel = this.browser.findElement(By.cssSelector("#workspace-nav details"));
		if (panel.getDomAttribute("open") == null) {
			this.browser.findElement(By.cssSelector("#workspace-nav summary")).click();
		}
		return this;
	}

	public List<String> items() {
		return this.browser.findElements(By.cssSelector("#switcher-items .switcher-item"))
			.stream()
			.map(WebElement::getText)
			.map((label) -> label.replace("\u2713", "").strip())
			.toList();
	}

	/**
	 * Selects a workspace and waits until the panel shows it as current.
	 */
	public WorkspaceSwitcher select(String label) {
		open();
		this.browser.findElements(By.cssSelector("#switcher-items .switcher-item"))
			.stream()
			.filter((item) -> item.getText().replace("\u2713", "").strip().equals(label))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no workspace " + label + " in " + items()))
			.click();
		Wait.until(this.browser, (driver) -> label.equals(currentLabel()));
		Wait.htmxIdle(this.browser);
		return this;
	}

	/**
	 * Types into the filter box of the panel and waits until only matching items are
	 * listed.
	 */
	public WorkspaceSwitcher filter(String query) {
		open();
		WebElement box = this.browser.findElement(By.id("switcher-q"));
		box.sendKeys(query);
		Wait.until(this.browser, (driver) -> items().stream().allMatch((item) -> item.contains(query)));
		return this;
	}

	public WorkspacesPage viewWorkspaces() {
		open();
		this.browser.findElement(By.cssSelector("#workspace-nav .switcher-view-all")).click();
		return WorkspacesPage.expect(this.browser, this.baseUrl);
	}

}
