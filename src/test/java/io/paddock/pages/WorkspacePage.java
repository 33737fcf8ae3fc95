package io.paddock.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page of one workspace (the current one at {@code /}).
 */
public class WorkspacePage {

	private final WebDriver browser;

	private final String baseUrl;

	WorkspacePage(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	static WorkspacePage expect(WebDriver browser, String baseUrl) {
		Wait.until(browser, ExpectedConditions.presenceOfElementLocated(By.id("members-heading")));
		return new WorkspacePage(browser, baseUrl);
	}

	public String name() {
		return this.browser.findElement(By.cssSelector("#page h1")).getText();
	}

	public List<String> memberEmails() {
		return this.browser.findElements(By.cssSelector("#members tbody tr td:nth-of-type(1)"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	public LoginPage signOut() {
		this.browser.findElement(By.xpath("//button[normalize-space()='Sign out']")).click();
		return LoginPage.expect(this.browser, this.baseUrl);
	}

	public WorkspaceSwitcher switcher() {
		return new WorkspaceSwitcher(this.browser, this.baseUrl);
	}

}
