package io.paddock.workspace;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.ModelsPage;
import io.paddock.pages.WorkspacePage;
import io.paddock.pages.WorkspacesPage;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveBrowserIT extends BrowserTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void archiveThenBadgeEverywhereAndNoUploadUntilUnarchived() {
		User steve = this.users.user("Steve");
		String name = TestUsers.uniqueName("aloha-workspace");
		Workspace workspace = this.workspaces.create(steve.toActor(), name);
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		WorkspacePage page = WorkspacePage.open(this.browser, baseUrl(), workspace.getId());
		assertThat(page.archiveLabel()).isEqualTo("Archive workspace");

		page = page.toggleArchived();

		assertThat(page.alerts()).contains("Archived the workspace " + name + ".")
			.anySatisfy((alert) -> assertThat(alert).startsWith("This workspace is archived"));
		assertThat(page.badges()).contains("Archived");
		assertThat(page.archiveLabel()).isEqualTo("Unarchive workspace");
		assertAccessible();
		screenshot("workspace-archived");

		ModelsPage models = ModelsPage.open(this.browser, baseUrl(), workspace.getId());
		assertThat(models.canUpload()).isFalse();
		assertThat(models.archivedNotice()).contains("unarchive it on the workspace page");
		assertAccessible();

		WorkspacesPage.open(this.browser, baseUrl());
		assertThat(this.browser.findElement(By.id("workspace-" + workspace.getId())).getText()).contains("Archived");

		WorkspacePage.open(this.browser, baseUrl(), workspace.getId()).toggleArchived();
		assertThat(ModelsPage.open(this.browser, baseUrl(), workspace.getId()).canUpload()).isTrue();
	}

	@Test
	void collaboratorAndDefaultWorkspaceOfferNoArchiveButton() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("ccfraud"));
		this.memberships.addUser(steve.toActor(), workspace.getId(), john.getEmail());

		WorkspacePage home = LoginPage.open(this.browser, baseUrl()).signInAs(john.getEmail(), TestUsers.PASSWORD);
		assertThat(home.archiveLabel()).isEmpty();
		assertThat(WorkspacePage.open(this.browser, baseUrl(), workspace.getId()).archiveLabel()).isEmpty();
	}

}
