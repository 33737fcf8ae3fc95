package io.paddock.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A workspace's or the instance's Activity page.
 */
public final class ActivityPage {

	private final WebDriver driver;

	private ActivityPage(WebDriver driver) {
		this.driver = driver;
	}

	public static ActivityPage expectAt(WebDriver driver) {
		Wait.until(driver, (d) -> d.findElement(By.id("activity-filters")));
		return new ActivityPage(driver);
	}

	/**
	 * The actions of the rows shown, newest first.
	 */
	public List<String> actions() {
		return rows().stream().map((row) -> row.getDomAttribute("data-action")).toList();
	}

	public List<String> rowTexts() {
		return rows().stream().map(WebElement::getText).toList();
	}

	public ActivityPage filter(String action, String person) {
		new Select(this.driver.findElement(By.id("activity-action"))).selectByVisibleText(action);
		WebElement field = this.driver.findElement(By.id("activity-person"));
		field.clear();
		field.sendKeys(person);
		return submit(this.driver.findElement(By.id("activity-filter")));
	}

	public boolean hasOlder() {
		return !this.driver.findElements(By.id("activity-older")).isEmpty();
	}

	public ActivityPage older() {
		return submit(this.driver.findElement(By.id("activity-older")));
	}

	public ActivityPage newest() {
		return submit(this.driver.findElement(By.id("activity-newest")));
	}

	private ActivityPage submit(WebElement control) {
		Wait.clickAndAwaitReplacement(this.driver, control);
		return expectAt(this.driver);
	}

	private List<WebElement> rows() {
		return this.driver.findElements(By.cssSelector("#activity tbody tr"));
	}

}
