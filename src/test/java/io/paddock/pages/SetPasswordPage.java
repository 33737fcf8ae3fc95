package io.paddock.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The page an activation or reset link opens: set a password, or read why the link no
 * longer works.
 */
public class SetPasswordPage {

	private final WebDriver browser;

	private final String baseUrl;

	private SetPasswordPage(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	/**
	 * Opens a link from an email, whose address is the instance's public one, on the
	 * application under test.
	 */
	public static SetPasswordPage open(WebDriver browser, String baseUrl, String link) {
		browser.get(baseUrl + link.substring(link.indexOf("/password/")));
		Wait.until(browser, (driver) -> driver.findElement(By.tagName("h1")).isDisplayed());
		return new SetPasswordPage(browser, baseUrl);
	}

	public String heading() {
		return this.browser.findElement(By.tagName("h1")).getText();
	}

	public String intro() {
		return this.browser.findElement(By.cssSelector(".intro")).getText();
	}

	public LoginPage setPassword(String password) {
		submit(password);
		return LoginPage.expect(this.browser, this.baseUrl);
	}

	public String setPasswordExpectingError(String password) {
		submit(password);
		return Wait.text(this.browser, By.cssSelector(".field-error"));
	}

	public String problem() {
		return Wait.text(this.browser, By.id("link-problem"));
	}

	private void submit(String password) {
		WebElement input = this.browser.findElement(By.id("password"));
		input.clear();
		input.sendKeys(password);
		Wait.clickAndAwaitReplacement(this.browser, this.browser.findElement(By.cssSelector("button[type=submit]")));
	}

}
