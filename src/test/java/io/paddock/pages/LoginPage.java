package io.paddock.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page.
 */
public class LoginPage {

	private final WebDriver browser;

	private final String baseUrl;

	private LoginPage(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	public static LoginPage open(WebDriver browser, String baseUrl) {
		browser.get(baseUrl + "/login");
		return new LoginPage(browser, baseUrl);
	}

	/**
	 * The login page that a signed-out visitor of another page was sent to.
	 */
	public static LoginPage expectAt(WebDriver browser, String baseUrl) {
		return expect(browser, baseUrl);
	}

	static LoginPage expect(WebDriver browser, String baseUrl) {
		Wait.until(browser, (driver) -> driver.getCurrentUrl().contains("/login")
				&& driver.findElement(By.id("email")).isDisplayed());
		return new LoginPage(browser, baseUrl);
	}

	public WorkspacePage signInAs(String email, String password) {
		submit(email, password);
		return WorkspacePage.expect(this.browser, this.baseUrl);
	}

	public LoginPage signInExpectingFailure(String email, String password) {
		submit(email, password);
		Wait.until(this.browser, ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-error")));
		assertThat(this.browser.getCurrentUrl()).contains("/login?error");
		return this;
	}

	public ForgotPasswordPage forgotPassword() {
		this.browser.findElement(By.linkText("Forgot password?")).click();
		return new ForgotPasswordPage(this.browser);
	}

	public String alert() {
		return this.browser.findElement(By.cssSelector(".alert")).getText();
	}

	private void submit(String email, String password) {
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("password")).sendKeys(password);
		this.browser.findElement(By.cssSelector("button[type=submit]")).click();
	}

}
