package io.paddock.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Invite Users: the dialog on the workspace page, or its own page without JavaScript.
 */
public class InviteDialog {

	private final WebDriver browser;

	private InviteDialog(WebDriver browser) {
		this.browser = browser;
	}

	static InviteDialog expect(WebDriver browser) {
		Wait.until(browser, (driver) -> driver.findElement(By.id("invite-form")).isDisplayed());
		Wait.htmxIdle(browser);
		return new InviteDialog(browser);
	}

	public InviteDialog search(String query) {
		this.browser.findElement(By.id("invite-q")).sendKeys(Keys.chord(Keys.CONTROL, "a"), query);
		Wait.until(this.browser,
				(driver) -> query.equals(driver.findElement(By.id("invite-candidates")).getDomAttribute("data-query")));
		Wait.htmxIdle(this.browser);
		return this;
	}

	/**
	 * Without JavaScript: types the query and presses the Search button, which reloads
	 * the Invite Users page with the matching users, keeping those already selected.
	 */
	public InviteDialog searchWithoutJavaScript(String query) {
		WebElement box = this.browser.findElement(By.id("invite-q"));
		box.clear();
		box.sendKeys(query);
		Wait.clickAndAwaitReplacement(this.browser,
				this.browser.findElement(By.xpath("//form[@id='invite-form']//button[normalize-space()='Search']")));
		return expect(this.browser);
	}

	public InviteDialog select(String email, boolean coOwner) {
		WebElement row = candidate(email);
		row.findElement(By.name("userIds")).click();
		if (coOwner) {
			row.findElement(By.xpath(".//label[contains(normalize-space(), 'Add as Co-Owner?')]")).click();
		}
		return this;
	}

	/**
	 * Ticks Add as Co-Owner? of a user without selecting the user.
	 */
	public InviteDialog tickCoOwnerOnly(String email) {
		candidate(email).findElement(By.xpath(".//label[contains(normalize-space(), 'Add as Co-Owner?')]")).click();
		return this;
	}

	public void sendInvitations() {
		WebElement button = this.browser.findElement(By.xpath("//button[normalize-space()='Send Invitations']"));
		button.click();
		Wait.until(this.browser, (driver) -> driver.findElements(By.id("invite-form")).isEmpty());
		Wait.htmxIdle(this.browser);
	}

	/**
	 * The message shown instead of the list when nobody can be invited.
	 */
	public String emptyMessage() {
		return this.browser.findElement(By.cssSelector("#invite-candidates .empty")).getText();
	}

	public String problem() {
		return Wait.until(this.browser,
				(driver) -> driver.findElement(By.cssSelector(".invite .alert-error")).getText());
	}

	public boolean isOpen() {
		return !this.browser.findElements(By.cssSelector("dialog#app-dialog[open]")).isEmpty();
	}

	private WebElement candidate(String email) {
		return this.browser
			.findElement(By.xpath("//li[@class='candidate'][.//span[normalize-space()='" + email + "']]"));
	}

}
