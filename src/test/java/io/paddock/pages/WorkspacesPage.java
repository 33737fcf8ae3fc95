package io.paddock.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * View Workspaces: the list of workspaces and the Create Workspace form.
 */
public class WorkspacesPage {

	private final WebDriver browser;

	private final String baseUrl;

	private WorkspacesPage(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	public static WorkspacesPage open(WebDriver browser, String baseUrl) {
		browser.get(baseUrl + "/workspaces");
		return expect(browser, baseUrl);
	}

	static WorkspacesPage expect(WebDriver browser, String baseUrl) {
		Wait.until(browser, ExpectedConditions.presenceOfElementLocated(By.id("workspace-name")));
		return new WorkspacesPage(browser, baseUrl);
	}

	/**
	 * Types a name into the Workspace name box and presses Create Workspace.
	 */
	public WorkspacesPage create(String name) {
		WebElement box = this.browser.findElement(By.id("workspace-name"));
		box.clear();
		box.sendKeys(name);
		WebElement button = this.browser.findElement(By.xpath("//button[normalize-space()='Create Workspace']"));
		Wait.clickAndAwaitReplacement(this.browser, button);
		Wait.until(this.browser, (driver) -> driver.findElement(By.id("workspace-name")).isDisplayed());
		Wait.htmxIdle(this.browser);
		return this;
	}

	/**
	 * Types into the search box and waits until the list shows only matching rows.
	 */
	public WorkspacesPage search(String query) {
		WebElement box = this.browser.findElement(By.id("workspace-search"));
		box.clear();
		box.sendKeys(query);
		Wait.until(this.browser, (driver) -> names().stream().allMatch((name) -> name.contains(query)));
		return this;
	}

	public WorkspacesPage nextPage() {
		String before = summary();
		this.browser.findElement(By.cssSelector(".pager a[rel=next]")).click();
		Wait.until(this.browser, (driver) -> !summary().equals(before));
		return this;
	}

	public WorkspacesPage previousPage() {
		String before = summary();
		this.browser.findElement(By.cssSelector(".pager a[rel=prev]")).click();
		Wait.until(this.browser, (driver) -> !summary().equals(before));
		return this;
	}

	public String summary() {
		return this.browser.findElement(By.cssSelector("#listing .summary")).getText();
	}

	/**
	 * The pager's "Page N of M" (or "Page N" when the total is not known).
	 */
	public String pagePosition() {
		return this.browser.findElement(By.cssSelector("#listing .pager span")).getText();
	}

	/**
	 * The name of the row marked as just created.
	 */
	public String justCreated() {
		return this.browser.findElement(By.cssSelector("#workspace-rows tr.just-created th a")).getText();
	}

	public String nameError() {
		return Wait.until(this.browser, (driver) -> driver.findElement(By.id("workspace-name-error")).getText());
	}

	public List<String> names() {
		return this.browser.findElements(By.cssSelector("#workspace-rows tr th a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	public WorkspacesPage assertListed(String name) {
		assertThat(names()).contains(name);
		return this;
	}

	public String ownersOf(String name) {
		return this.browser
			.findElement(By.xpath("//tbody[@id='workspace-rows']/tr[th/a[normalize-space()='" + name + "']]/td[1]"))
			.getText();
	}

	/**
	 * The name of the row marked as the current workspace.
	 */
	public String currentMarked() {
		return this.browser
			.findElement(By.xpath("//tbody[@id='workspace-rows']/tr[th/span[contains(@class,'badge-current')]]/th/a"))
			.getText();
	}

	public WorkspaceSwitcher switcher() {
		return new WorkspaceSwitcher(this.browser, this.baseUrl);
	}

}
