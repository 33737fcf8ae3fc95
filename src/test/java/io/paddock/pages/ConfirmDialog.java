package io.paddock.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A confirmation: a dialog on the workspace page, or its own page without JavaScript.
 */
public class ConfirmDialog {

	private final WebDriver browser;

	private ConfirmDialog(WebDriver browser) {
		this.browser = browser;
	}

	static ConfirmDialog expect(WebDriver browser) {
		Wait.until(browser, (driver) -> driver.findElement(By.cssSelector(".confirm")).isDisplayed());
		Wait.htmxIdle(browser);
		return new ConfirmDialog(browser);
	}

	public String question() {
		return this.browser.findElement(By.cssSelector(".confirm p")).getText();
	}

	public void cancel() {
		WebElement cancel = this.browser.findElement(By.cssSelector(".confirm [data-close-dialog]"));
		cancel.click();
		Wait.until(this.browser, ExpectedConditions.invisibilityOf(cancel));
	}

	public void confirm(String label) {
		WebElement button = this.browser
			.findElement(By.xpath("//div[@class='confirm']//button[normalize-space()='" + label + "']"));
		Wait.clickAndAwaitReplacement(this.browser, button);
		Wait.htmxIdle(this.browser);
	}

}
