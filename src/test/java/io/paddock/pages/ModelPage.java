package io.paddock.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * One model's page: its version history, a new version's upload and removal.
 */
public class ModelPage {

	private final WebDriver browser;

	private final String baseUrl;

	private ModelPage(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	static ModelPage expect(WebDriver browser, String baseUrl) {
		Wait.until(browser, ExpectedConditions.presenceOfElementLocated(By.id("versions")));
		return new ModelPage(browser, baseUrl);
	}

	public String name() {
		return this.browser.findElement(By.cssSelector("#page h1")).getText();
	}

	/**
	 * The version UUIDs, newest first.
	 */
	public List<String> versions() {
		return this.browser.findElements(By.cssSelector("#versions tbody code.version"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * Presses Remove model, expecting to stay on this page with a message.
	 */
	public ModelPage removeExpectingRefusal() {
		clickRemove();
		return expect(this.browser, this.baseUrl);
	}

	/**
	 * Presses Remove model, expecting to land on the Models page.
	 */
	public ModelsPage remove() {
		clickRemove();
		return ModelsPage.expect(this.browser, this.baseUrl);
	}

	public String problem() {
		return Wait.text(this.browser, By.cssSelector(".alert-error"));
	}

	private void clickRemove() {
		Wait.clickAndAwaitReplacement(this.browser, this.browser.findElement(By.cssSelector("button.danger")));
	}

}
