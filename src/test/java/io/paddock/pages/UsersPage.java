package io.paddock.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin's Users page.
 */
public class UsersPage {

	private final WebDriver browser;

	private UsersPage(WebDriver browser) {
		this.browser = browser;
	}

	public static UsersPage open(WebDriver browser, String baseUrl) {
		browser.get(baseUrl + "/users");
		browser.findElement(By.id("add-user-heading"));
		return new UsersPage(browser);
	}

	public UsersPage add(String email, String displayName, String type, String password) {
		type(By.id("email"), email);
		type(By.id("displayName"), displayName);
		new Select(this.browser.findElement(By.id("type"))).selectByVisibleText(type);
		type(By.id("password"), password);
		submitAndWait(this.browser.findElement(By.xpath("//button[normalize-space()='Add user']")));
		return this;
	}

	public UsersPage search(String query) {
		type(By.id("user-search"), query);
		submitAndWait(this.browser.findElement(By.xpath("//form[@role='search']//button")));
		return this;
	}

	public UsersPage disable(String email) {
		submitAndWait(this.browser.findElement(By.cssSelector("button[aria-label='Disable " + email + "']")));
		return search(email);
	}

	public String statusOf(String email) {
		return Wait.until(this.browser,
				(driver) -> driver.findElement(By.xpath("//tr[td[normalize-space()='" + email + "']]/td[3]"))
					.getText());
	}

	public String notice() {
		return Wait.until(this.browser, (driver) -> driver.findElement(By.cssSelector(".alert-success")).getText());
	}

	public String fieldError(String field) {
		return this.browser
			.findElement(By.xpath("//input[@id='" + field + "']/following-sibling::p[@class='field-error']"))
			.getText();
	}

	private void submitAndWait(WebElement button) {
		Wait.clickAndAwaitReplacement(this.browser, button);
	}

	private void type(By locator, String text) {
		WebElement input = this.browser.findElement(locator);
		input.clear();
		input.sendKeys(text);
	}

}
