package io.paddock.workspace;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.paddock.account.User;
import io.paddock.pages.ConfirmDialog;
import io.paddock.pages.InviteDialog;
import io.paddock.pages.LoginPage;
import io.paddock.pages.WorkspacePage;
import io.paddock.pages.WorkspacesPage;
import io.paddock.support.Browser;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every flow works as plain form posts when the browser runs no JavaScript: switch,
 * create, and the member flows (Invite Users, Demote, Remove from Workspace, Leave).
 * Every page they reach passes the axe-core accessibility scan as it renders without
 * JavaScript.
 */
class WithoutJavaScriptBrowserIT extends BrowserTest {

	@Autowired
	WorkspaceService workspaces;

	@BeforeEach
	void browserWithoutJavaScript() {
		this.browser = Browser.withoutJavaScript();
		this.browser.get(baseUrl() + "/login");
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void javaScriptIsReallyOff() {
		this.browser.get(
				"data:text/html,<p id=out>static</p><script>document.getElementById('out').textContent='ran'</script>");
		assertThat(this.browser.findElement(By.id("out")).getText()).isEqualTo("static");

		User steve = this.users.user("Steve");
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		assertThat(this.browser.getCurrentUrl()).doesNotEndWith("/login");
		assertThat(((JavascriptExecutor) this.browser).executeScript("return typeof window.htmx"))
			.isEqualTo("undefined");
	}

	@Test
	void accessibilityScanWhenJavaScriptOffThenFindsMissingAltText() {
		String page = "data:text/html,<html lang=en><title>Scan</title><main><h1>Scan</h1><img id=picture src=x>"
				+ "</main><script>document.getElementById('picture').alt='added by a script'</script></html>";
		this.browser.get(page);

		Results results = Browser.withTestScripts(this.browser, () -> new AxeBuilder().analyze(this.browser));

		assertThat(results.getErrorMessage()).isNull();
		assertThat(results.getViolations()).extracting(Rule::getId).contains("image-alt");
		assertThat(this.browser.findElement(By.id("picture")).getDomAttribute("alt")).isNull();
		this.browser.get(page);
		assertThat(this.browser.findElement(By.id("picture")).getDomAttribute("alt")).isNull();
	}

	@Test
	void switchCreateAndSeeNameErrorWithPlainFormPosts() {
		User steve = this.users.user("Steve");
		String imdb = TestUsers.uniqueName("imdb-workspace");
		this.workspaces.create(steve.toActor(), imdb);
		WorkspacePage home = LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		assertAccessible();

		home.switcher().select(imdb);
		assertThat(home.name()).isEqualTo(imdb);
		assertAccessible();

		WorkspacesPage list = home.switcher().viewWorkspaces();
		assertAccessible();
		String created = TestUsers.uniqueName("plain-post");
		list.create(created);
		assertThat(this.browser.getCurrentUrl()).endsWith("/workspaces");
		list.assertListed(created);
		assertAccessible();

		list.create("1-starts-with-digit");
		assertThat(list.nameError()).endsWith("it must start with a letter.");
		assertAccessible();
	}

	@Test
	void inviteDemoteRemoveAndLeaveWithPlainFormPosts() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		WorkspacePage page = WorkspacePage.open(this.browser, baseUrl(), imdb.getId());
		assertAccessible();

		InviteDialog invite = page.inviteUsers();
		assertThat(this.browser.getCurrentUrl()).endsWith("/workspaces/" + imdb.getId() + "/invitations");
		assertAccessible();
		invite.searchWithoutJavaScript(john.getEmail()).select(john.getEmail(), true);
		assertAccessible();
		invite.searchWithoutJavaScript(mary.getEmail()).select(mary.getEmail(), false);
		invite.sendInvitations();
		assertThat(page.membersNotice()).contains(john.getEmail()).contains(mary.getEmail());
		assertThat(page.roleOf(john.getEmail())).isEqualTo("Co-owner");
		assertThat(page.roleOf(mary.getEmail())).isEqualTo("Collaborator");
		assertAccessible();

		page.menuOf(john.getEmail()).demoteToCollaborator();
		assertThat(page.membersNotice()).isEqualTo(john.getEmail() + " is now a collaborator.");
		assertThat(page.roleOf(john.getEmail())).isEqualTo("Collaborator");
		assertThat(page.roleOf(steve.getEmail())).isEqualTo("Owner");
		assertAccessible();

		ConfirmDialog removal = page.menuOf(john.getEmail()).removeFromWorkspace();
		assertThat(this.browser.getCurrentUrl()).endsWith("/members/" + john.getId() + "/removal");
		assertThat(removal.question()).contains(john.getEmail()).contains("will lose access");
		assertAccessible();
		removal.confirm("Remove from Workspace");
		assertThat(page.membersNotice()).isEqualTo("Removed " + john.getEmail() + " from the workspace.");
		assertThat(page.memberEmails()).containsExactlyInAnyOrder(steve.getEmail(), mary.getEmail());
		assertAccessible();

		WorkspacePage marys = page.signOut().signInAs(mary.getEmail(), TestUsers.PASSWORD);
		ConfirmDialog leaving = WorkspacePage.open(this.browser, baseUrl(), imdb.getId()).leave();
		assertThat(this.browser.getCurrentUrl()).endsWith("/workspaces/" + imdb.getId() + "/leave");
		assertAccessible();
		leaving.confirm("Leave workspace");
		assertThat(marys.notice()).isEqualTo("You left the workspace " + imdb.getName() + ".");
		assertAccessible();
		assertThat(this.workspaces.members(steve.toActor(), imdb.getId())).extracting(Member::email)
			.containsExactly(steve.getEmail());
	}

}
