package io.paddock.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Pipelines page of a workspace: the Create Pipeline form and the pipelines with
 * their definitions.
 */
public class PipelinesPage {

	private final WebDriver browser;

	private final String baseUrl;

	private PipelinesPage(WebDriver browser, String baseUrl) {
		this.browser = browser;
		this.baseUrl = baseUrl;
	}

	public static PipelinesPage open(WebDriver browser, String baseUrl, long workspaceId) {
		browser.get(baseUrl + "/workspaces/" + workspaceId + "/pipelines");
		return expect(browser, baseUrl);
	}

	static PipelinesPage expect(WebDriver browser, String baseUrl) {
		Wait.until(browser, ExpectedConditions.presenceOfElementLocated(By.id("pipeline-form")));
		return new PipelinesPage(browser, baseUrl);
	}

	/**
	 * Types the name, picks each step's model by its visible label (e.g. "embedder-o
	 * (latest version)"), pressing Add another step when the rows run out, then presses
	 * Create Pipeline.
	 */
	public PipelinesPage create(String name, String... stepLabels) {
		for (int i = 0; i < stepLabels.length; i++) {
			while (this.browser.findElements(By.id("step-" + (i + 1))).isEmpty()) {
				submit(By.cssSelector("#pipeline-form button[name=addStep]"));
			}
			new Select(this.browser.findElement(By.id("step-" + (i + 1)))).selectByVisibleText(stepLabels[i]);
		}
		WebElement box = this.browser.findElement(By.id("pipeline-name"));
		box.clear();
		box.sendKeys(name);
		submit(By.xpath("//button[normalize-space()='Create Pipeline']"));
		return this;
	}

	public PipelinesPage addStep() {
		submit(By.cssSelector("#pipeline-form button[name=addStep]"));
		return this;
	}

	public PipelinesPage delete(String name) {
		submit(By.cssSelector("#pipeline-" + name + " form button"));
		return this;
	}

	public int stepRows() {
		return this.browser.findElements(By.cssSelector("#pipeline-form select[name=steps]")).size();
	}

	public String notice() {
		return Wait.text(this.browser, By.cssSelector(".alert-success"));
	}

	public String fieldError(String id) {
		return Wait.text(this.browser, By.id(id));
	}

	public List<String> names() {
		return this.browser.findElements(By.cssSelector("#pipelines .pipeline-name"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	public List<String> stepsOf(String name) {
		return this.browser.findElements(By.cssSelector("#pipeline-" + name + " .pipeline-steps li"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * The definition as shown, without the line breaks and indentation added for reading.
	 */
	public String definitionOf(String name) {
		return this.browser.findElement(By.cssSelector("#pipeline-" + name + " pre.definition"))
			.getText()
			.replaceAll("\\s*\\n\\s*", "");
	}

	private void submit(By button) {
		WebElement element = this.browser.findElement(button);
		Wait.clickAndAwaitReplacement(this.browser, element, Duration.ofSeconds(10));
		expect(this.browser, this.baseUrl);
	}

}
