package io.paddock.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The ... menu to the right of a member.
 */
public class MemberMenu {

	private final WebDriver browser;

	private final WebElement row;

	private MemberMenu(WebDriver browser, WebElement row) {
		this.browser = browser;
		this.row = row;
	}

	static MemberMenu open(WebDriver browser, WebElement row) {
		row.findElement(By.cssSelector(".row-menu summary")).click();
		Wait.until(browser, (driver) -> row.findElement(By.cssSelector(".row-menu .menu")).isDisplayed());
		return new MemberMenu(browser, row);
	}

	public String items() {
		return this.row.findElement(By.cssSelector(".row-menu .menu")).getText();
	}

	public void promoteToOwner() {
		chooseAndWaitForNewList("Promote to Owner");
	}

	public void demoteToCollaborator() {
		chooseAndWaitForNewList("Demote to Collaborator");
	}

	public ConfirmDialog removeFromWorkspace() {
		item("Remove from Workspace").click();
		return ConfirmDialog.expect(this.browser);
	}

	private void chooseAndWaitForNewList(String label) {
		Wait.clickAndAwaitReplacement(this.browser, item(label));
		Wait.htmxIdle(this.browser);
	}

	private WebElement item(String label) {
		return this.row.findElement(By.xpath(".//*[contains(@class,'menu-item')][normalize-space()='" + label + "']"));
	}

}
