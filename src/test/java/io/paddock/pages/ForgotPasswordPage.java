package io.paddock.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Forgot password?: asks for a reset link by email.
 */
public class ForgotPasswordPage {

	private final WebDriver browser;

	ForgotPasswordPage(WebDriver browser) {
		this.browser = browser;
		Wait.until(browser, (driver) -> driver.getCurrentUrl().contains("/password/forgot"));
	}

	public ForgotPasswordPage requestLinkFor(String email) {
		this.browser.findElement(By.id("email")).sendKeys(email);
		Wait.clickAndAwaitReplacement(this.browser, this.browser.findElement(By.cssSelector("button[type=submit]")));
		return new ForgotPasswordPage(this.browser);
	}

	public String notice() {
		return Wait.text(this.browser, By.id("reset-sent"));
	}

}
