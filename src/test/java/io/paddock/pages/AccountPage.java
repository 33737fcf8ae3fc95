package io.paddock.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The signed-in user's Account page, opened from their name in the top bar.
 */
public class AccountPage {

	private final WebDriver browser;

	private AccountPage(WebDriver browser) {
		this.browser = browser;
		Wait.until(browser, (driver) -> driver.findElement(By.id("account-email")).isDisplayed());
	}

	/**
	 * Clicks the signed-in user's name in the top bar.
	 */
	public static AccountPage openFromTopBar(WebDriver browser) {
		browser.findElement(By.cssSelector(".account-nav a.who")).click();
		return new AccountPage(browser);
	}

	public String email() {
		return this.browser.findElement(By.id("account-email")).getText();
	}

	public List<String> tokenNames() {
		return this.browser.findElements(By.cssSelector("#tokens tbody th")).stream().map(WebElement::getText).toList();
	}

	public AccountPage changePassword(String current, String next) {
		type(By.id("currentPassword"), current);
		type(By.id("newPassword"), next);
		Wait.clickAndAwaitReplacement(this.browser,
				this.browser.findElement(By.xpath("//button[normalize-space()='Change password']")));
		return new AccountPage(this.browser);
	}

	public String notice() {
		return Wait.text(this.browser, By.id("password-changed"));
	}

	public String fieldError(String field) {
		return this.browser
			.findElement(By.xpath("//input[@id='" + field + "']/following-sibling::p[@class='field-error']"))
			.getText();
	}

	private void type(By locator, String text) {
		WebElement input = this.browser.findElement(locator);
		input.clear();
		input.sendKeys(text);
	}

}
