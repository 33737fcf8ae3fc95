package io.paddock.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Models page of a workspace: upload form and the latest version of each model.
 */
public class ModelsPage {

	private final WebDriver browser;

	private final String baseUrl;

	private ModelsPage(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	public static ModelsPage open(WebDriver browser, String baseUrl, long workspaceId) {
		browser.get(baseUrl + "/workspaces/" + workspaceId + "/models");
		return expect(browser, baseUrl);
	}

	static ModelsPage expect(WebDriver browser, String baseUrl) {
		Wait.until(browser, ExpectedConditions.presenceOfElementLocated(By.id("models-list-heading")));
		return new ModelsPage(browser, baseUrl);
	}

	/**
	 * Fills in the Upload form and submits it; the page that comes back shows the
	 * outcome.
	 */
	public ModelsPage upload(String name, Path file) {
		WebElement box = this.browser.findElement(By.id("model-name"));
		box.clear();
		box.sendKeys(name);
		if (file != null) {
			this.browser.findElement(By.id("model-file")).sendKeys(file.toAbsolutePath().toString());
		}
		WebElement button = this.browser.findElement(By.cssSelector("#upload-form button[type=submit]"));
		Wait.clickAndAwaitReplacement(this.browser, button, Duration.ofSeconds(30));
		return expect(this.browser, this.baseUrl);
	}

	/**
	 * Whether the Upload form is offered (it is not in an archived workspace).
	 */
	public boolean canUpload() {
		return !this.browser.findElements(By.id("upload-form")).isEmpty();
	}

	public String archivedNotice() {
		return Wait.text(this.browser, By.id("archived-notice"));
	}

	public String notice() {
		return Wait.text(this.browser, By.cssSelector(".alert-success"));
	}

	public String fieldError(String field) {
		return Wait.text(this.browser, By.id(field + "-error"));
	}

	public List<String> names() {
		return this.browser.findElements(By.cssSelector("#models tbody tr th a"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	public String latestVersionOf(String name) {
		return row(name).findElement(By.cssSelector("code.version")).getText();
	}

	public String versionCountOf(String name) {
		return row(name).findElement(By.cssSelector("td.versions")).getText();
	}

	public String sha256Of(String name) {
		return row(name).findElement(By.cssSelector("code.hash")).getText();
	}

	/**
	 * Opens a model's version history by its name in the list.
	 */
	public ModelPage open(String name) {
		row(name).findElement(By.cssSelector("th a")).click();
		return ModelPage.expect(this.browser, this.baseUrl);
	}

	public ModelsPage nextPage() {
		return follow("next");
	}

	public ModelsPage previousPage() {
		return follow("prev");
	}

	private ModelsPage follow(String rel) {
		WebElement link = this.browser.findElement(By.cssSelector(".pager a[rel=" + rel + "]"));
		Wait.clickAndAwaitReplacement(this.browser, link);
		return expect(this.browser, this.baseUrl);
	}

	public WorkspacePage workspace() {
		this.browser.findElement(By.cssSelector("#page .eyebrow a")).click();
		return WorkspacePage.expect(this.browser, this.baseUrl);
	}

	private WebElement row(String name) {
		return this.browser
			.findElement(By.xpath("//table[@id='models']/tbody/tr[th/a[normalize-space()='" + name + "']]"));
	}

}
