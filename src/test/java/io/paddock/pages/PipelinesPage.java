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
	 * Types the name, picks each step's model by name, pressing Add another step when the
	 * rows run out, then presses Create Pipeline. A step is {@code model} (its latest
	 * version), {@code model@version} (pinned: picked from the version list once it has
	 * loaded, so only with JavaScript) or {@code "(no step)"}.
	 */
	public PipelinesPage create(String name, String... steps) {
		for (int i = 0; i < steps.length; i++) {
			String row = "step-" + (i + 1);
			while (this.browser.findElements(By.id(row)).isEmpty()) {
				submit(By.cssSelector("#pipeline-form button[name=addStep]"));
			}
			int at = steps[i].indexOf('@');
			String model = (at < 0) ? steps[i] : steps[i].substring(0, at);
			new Select(this.browser.findElement(By.id(row))).selectByVisibleText(model);
			if (at >= 0) {
				By version = By.cssSelector("#" + row + "-version option[value='" + steps[i].substring(at + 1) + "']");
				Wait.until(this.browser, ExpectedConditions.presenceOfElementLocated(version)).click();
			}
		}
		Wait.htmxIdle(this.browser);
		WebElement box = this.browser.findElement(By.id("pipeline-name"));
		box.clear();
		box.sendKeys(name);
		submit(By.xpath("//button[normalize-space()='Create Pipeline']"));
		return this;
	}

	/**
	 * Picks a step's model by name; with JavaScript its version list then loads.
	 */
	public PipelinesPage choose(int step, String model) {
		new Select(this.browser.findElement(By.id("step-" + step))).selectByVisibleText(model);
		return this;
	}

	/**
	 * The labels of a step's version list, as loaded for its model.
	 */
	public List<String> versionChoices(int step) {
		Wait.htmxIdle(this.browser);
		return new Select(this.browser.findElement(By.id("step-" + step + "-version"))).getOptions()
			.stream()
			.map(WebElement::getText)
			.toList();
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
