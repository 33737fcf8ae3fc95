package io.paddock.workspace;

import io.paddock.account.User;
import io.paddock.pages.ConfirmDialog;
import io.paddock.pages.InviteDialog;
import io.paddock.pages.LoginPage;
import io.paddock.pages.MemberMenu;
import io.paddock.pages.Wait;
import io.paddock.pages.WorkspacePage;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class MembersBrowserIT extends BrowserTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void inviteTwoUsersOneAsCoOwnerThenListUpdatesInPlace() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		WorkspacePage page = signInAndOpen(steve, imdb);
		markPage();

		InviteDialog dialog = page.inviteUsers();
		assertThat(dialog.isOpen()).isTrue();
		dialog.search("nobody-by-this-name");
		assertThat(dialog.emptyMessage())
			.isEqualTo("No user who is not yet a member matches \u201cnobody-by-this-name\u201d.");
		dialog.search(john.getEmail());
		dialog.select(john.getEmail(), false);
		dialog.search(mary.getEmail());
		dialog.select(mary.getEmail(), true);
		assertAccessible();
		dialog.sendInvitations();

		assertThat(dialog.isOpen()).isFalse();
		assertThat(pageWasNotReloaded()).isTrue();
		assertThat(page.roleOf(john.getEmail())).isEqualTo("Collaborator");
		assertThat(page.roleOf(mary.getEmail())).isEqualTo("Co-owner");
		assertThat(page.roleOf(steve.getEmail())).isEqualTo("Co-owner");
		assertThat(page.membersNotice()).contains(john.getEmail()).contains(mary.getEmail());
		Wait.until(this.browser, (driver) -> focused().getText().equals(page.membersNotice()));
		assertAccessible();
	}

	@Test
	void inviteAnExistingMemberAgainThenSdkMessageInTheDialog() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		WorkspacePage page = signInAndOpen(steve, imdb);
		InviteDialog dialog = page.inviteUsers();
		dialog.search(john.getEmail());
		dialog.select(john.getEmail(), false);
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		this.browser.findElement(By.xpath("//button[normalize-space()='Send Invitations']")).click();

		assertThat(dialog.problem())
			.isEqualTo("User " + john.getEmail() + ", already exists in workspace " + imdb.getName());
		assertThat(dialog.isOpen()).isTrue();
	}

	@Test
	void promoteDemoteAndRemoveWithConfirmationFromTheMenu() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		WorkspacePage page = signInAndOpen(steve, imdb);

		MemberMenu menu = page.menuOf(john.getEmail());
		assertThat(menu.items()).contains("Promote to Owner", "Remove from Workspace").doesNotContain("Demote");
		assertAccessible();
		menu.promoteToOwner();
		assertThat(page.roleOf(john.getEmail())).isEqualTo("Co-owner");
		Wait.until(this.browser, (driver) -> focused().getText().equals(page.membersNotice()));

		page.menuOf(john.getEmail()).demoteToCollaborator();
		assertThat(page.roleOf(john.getEmail())).isEqualTo("Collaborator");

		ConfirmDialog confirmation = page.menuOf(john.getEmail()).removeFromWorkspace();
		assertThat(confirmation.question()).contains(john.getEmail()).contains("will lose access");
		Wait.until(this.browser, (driver) -> "Cancel".equals(focused().getText()));
		assertAccessible();
		confirmation.cancel();
		assertThat(page.memberEmails()).contains(john.getEmail());
		Wait.until(this.browser,
				(driver) -> ("Actions for " + john.getEmail()).equals(focused().getDomAttribute("aria-label")));

		page.menuOf(john.getEmail()).removeFromWorkspace().confirm("Remove from Workspace");
		assertThat(page.memberEmails()).containsExactly(steve.getEmail());
		assertThat(page.membersNotice()).isEqualTo("Removed " + john.getEmail() + " from the workspace.");
		Wait.until(this.browser, (driver) -> focused().getText().equals(page.membersNotice()));
	}

	@Test
	void lastOwnerCannotDemoteThemselves() {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		WorkspacePage page = signInAndOpen(steve, imdb);

		page.menuOf(steve.getEmail()).demoteToCollaborator();

		assertThat(page.membersNotice()).isEqualTo("Last owner of a workspace cannot be demoted");
		assertThat(page.roleOf(steve.getEmail())).isEqualTo("Owner");
		assertAccessible();
	}

	@Test
	void collaboratorSeesMembersButNoControlsAndCanLeave() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		this.workspaces.switchTo(john.toActor(), imdb.getId());
		WorkspacePage page = LoginPage.open(this.browser, baseUrl()).signInAs(john.getEmail(), TestUsers.PASSWORD);
		assertThat(page.name()).isEqualTo(imdb.getName());

		assertThat(page.memberEmails()).containsExactly(steve.getEmail(), john.getEmail());
		assertThat(page.canInvite()).isFalse();
		assertThat(page.hasMenus()).isFalse();
		assertAccessible();

		page.leave().confirm("Leave workspace");

		assertThat(page.switcher().currentLabel()).isEqualTo("My Workspace");
		this.browser.get(baseUrl() + "/workspaces/" + imdb.getId());
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
	}

	@Test
	void inviteDialogByKeyboardTrapsFocusAndReturnsIt() {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		signInAndOpen(steve, imdb);
		WebElement invite = this.browser.findElement(By.id("invite-users"));

		invite.sendKeys(Keys.ENTER);
		Wait.until(this.browser, (driver) -> driver.findElement(By.id("invite-q")).equals(focused()));
		for (int i = 0; i < 12; i++) {
			focused().sendKeys(Keys.TAB);
			assertThat(insideDialog(focused())).as("focus stays in the dialog").isTrue();
		}
		focused().sendKeys(Keys.ESCAPE);

		Wait.until(this.browser, (driver) -> driver.findElements(By.cssSelector("dialog[open]")).isEmpty());
		Wait.until(this.browser, (driver) -> "invite-users".equals(focused().getDomAttribute("id")));
	}

	@Test
	void memberMenuByKeyboard() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		WorkspacePage page = signInAndOpen(steve, imdb);
		WebElement summary = this.browser
			.findElement(By.cssSelector("summary[aria-label='Actions for " + john.getEmail() + "']"));

		summary.sendKeys(Keys.ENTER);
		Wait.until(this.browser, (driver) -> "Promote to Owner".equals(focused().getText()));
		focused().sendKeys(Keys.ENTER);

		Wait.until(this.browser, (driver) -> "Co-owner".equals(page.roleOf(john.getEmail())));
	}

	private WorkspacePage signInAndOpen(User user, Workspace workspace) {
		LoginPage.open(this.browser, baseUrl()).signInAs(user.getEmail(), TestUsers.PASSWORD);
		return WorkspacePage.open(this.browser, baseUrl(), workspace.getId());
	}

	private boolean insideDialog(WebElement element) {
		return Boolean.TRUE.equals(((JavascriptExecutor) this.browser)
			.executeScript("return document.getElementById('app-dialog').contains(arguments[0]);", element));
	}

	private void markPage() {
		((JavascriptExecutor) this.browser).executeScript("window.paddockMarker = true;");
	}

	private boolean pageWasNotReloaded() {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) this.browser).executeScript("return window.paddockMarker === true;"));
	}

	@Test
	void memberMenuIsAnOverlayThatFollowsTheMenuPattern() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		WorkspacePage page = signInAndOpen(steve, imdb);
		int rowHeight = page.rowHeightOf(john.getEmail());
		WebElement summary = this.browser
			.findElement(By.cssSelector("summary[aria-label='Actions for " + john.getEmail() + "']"));

		summary.sendKeys(Keys.ENTER);
		Wait.until(this.browser, (driver) -> "Promote to Owner".equals(focused().getText()));
		assertThat(page.rowHeightOf(john.getEmail())).isEqualTo(rowHeight);
		assertThat(focused().getDomAttribute("role")).isEqualTo("menuitem");
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getText()).isEqualTo("Remove from Workspace");
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getText()).isEqualTo("Promote to Owner");
		focused().sendKeys(Keys.END);
		assertThat(focused().getText()).isEqualTo("Remove from Workspace");
		focused().sendKeys(Keys.HOME);
		assertThat(focused().getText()).isEqualTo("Promote to Owner");
		focused().sendKeys(Keys.ESCAPE);
		assertThat(page.menuOpen(john.getEmail())).isFalse();
		assertThat(focused()).isEqualTo(summary);

		summary.sendKeys(Keys.ARROW_DOWN);
		Wait.until(this.browser, (driver) -> "Promote to Owner".equals(focused().getText()));
		focused().sendKeys(Keys.TAB);
		assertThat(page.menuOpen(john.getEmail())).isFalse();
	}

	@Test
	void coOwnerTickedWithoutSelectingTheUserThenMessageInTheDialog() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		WorkspacePage page = signInAndOpen(steve, imdb);
		InviteDialog dialog = page.inviteUsers();
		dialog.search(john.getEmail());
		dialog.tickCoOwnerOnly(john.getEmail());

		this.browser.findElement(By.xpath("//button[normalize-space()='Send Invitations']")).click();

		assertThat(dialog.problem()).isEqualTo("Add as Co-Owner? is ticked for a user who is not selected: "
				+ "select that user too, or untick Add as Co-Owner?.");
		assertThat(dialog.isOpen()).isTrue();
		assertThat(this.workspaces.members(steve.toActor(), imdb.getId())).extracting(Member::email)
			.containsExactly(steve.getEmail());
		assertAccessible();
	}

	@Test
	void membersListMarksTheSignedInUser() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		WorkspacePage page = signInAndOpen(steve, imdb);

		assertThat(page.nameOf(steve.getEmail())).isEqualTo("Steve (you)");
		assertThat(page.nameOf(john.getEmail())).isEqualTo("John");
	}

}
