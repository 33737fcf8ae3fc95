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
		return Wait.until(this.browser, (driver) -> driver.findElement(By.cssSelector("#page h1")).getText());
	}

	/**
	 * The workspace's full name under the heading of the user's own workspace.
	 */
	public String subtitle() {
		return this.browser.findElement(By.cssSelector(".page-header .subtitle")).getText();
	}

	public List<String> memberEmails() {
		return this.browser.findElements(By.cssSelector("#members tbody tr td:nth-of-type(1)"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	/**
	 * Follows All models, shown when the workspace holds more models than the page lists.
	 */
	public ModelsPage allModels() {
		this.browser.findElement(By.linkText("All models")).click();
		return ModelsPage.expect(this.browser, this.baseUrl);
	}

	public static WorkspacePage open(WebDriver browser, String baseUrl, long workspaceId) {
		browser.get(baseUrl + "/workspaces/" + workspaceId);
		return expect(browser, baseUrl);
	}

	public InviteDialog inviteUsers() {
		this.browser.findElement(By.id("invite-users")).click();
		return InviteDialog.expect(this.browser);
	}

	public boolean canInvite() {
		return !this.browser.findElements(By.id("invite-users")).isEmpty();
	}

	public MemberMenu menuOf(String email) {
		return MemberMenu.open(this.browser, rowOf(email));
	}

	public boolean hasMenus() {
		return !this.browser.findElements(By.cssSelector("#members .row-menu")).isEmpty();
	}

	/**
	 * The role shown for a member: Owner, Co-owner or Collaborator.
	 */
	public String roleOf(String email) {
		return Wait.until(this.browser, (driver) -> rowOf(email).findElement(By.cssSelector(".role")).getText());
	}

	/**
	 * The name shown for a member, with "(you)" for the signed-in user.
	 */
	public String nameOf(String email) {
		return rowOf(email).findElement(By.tagName("th")).getText();
	}

	public int rowHeightOf(String email) {
		return rowOf(email).getRect().getHeight();
	}

	public boolean menuOpen(String email) {
		return rowOf(email).findElement(By.cssSelector(".row-menu")).getDomAttribute("open") != null;
	}

	public String membersNotice() {
		return Wait.until(this.browser,
				(driver) -> driver.findElement(By.cssSelector("#members-section .alert")).getText());
	}

	/**
	 * The notice at the top of the page, e.g. after leaving a workspace.
	 */
	public String notice() {
		return Wait.until(this.browser, (driver) -> driver.findElement(By.cssSelector("#page > .alert")).getText());
	}

	public ConfirmDialog leave() {
		this.browser.findElement(By.linkText("Leave workspace")).click();
		return ConfirmDialog.expect(this.browser);
	}

	WebElement rowOf(String email) {
		return this.browser
			.findElement(By.xpath("//table[@id='members']/tbody/tr[td[normalize-space()='" + email + "']]"));
	}

	/**
	 * Presses Archive workspace or Unarchive workspace and waits for the page that comes
	 * back.
	 */
	public WorkspacePage toggleArchived() {
		Wait.clickAndAwaitReplacement(this.browser, this.browser.findElement(By.id("archive-toggle")));
		return expect(this.browser, this.baseUrl);
	}

	/**
	 * Presses Set as current workspace and waits for the page that comes back.
	 */
	public WorkspacePage makeCurrent() {
		Wait.clickAndAwaitReplacement(this.browser, this.browser.findElement(By.id("make-current")));
		return expect(this.browser, this.baseUrl);
	}

	/**
	 * The label of the archive button, or empty when the page offers none.
	 */
	public String archiveLabel() {
		return this.browser.findElements(By.id("archive-toggle"))
			.stream()
			.map(WebElement::getText)
			.findFirst()
			.orElse("");
	}

	public List<String> alerts() {
		return this.browser.findElements(By.cssSelector("#page > .alert")).stream().map(WebElement::getText).toList();
	}

	public List<String> badges() {
		return this.browser.findElements(By.cssSelector(".page-header .badge"))
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
