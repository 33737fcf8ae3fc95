package io.paddock.activity;

import java.util.List;
import java.util.UUID;

import io.paddock.account.User;
import io.paddock.pages.ActivityPage;
import io.paddock.pages.LoginPage;
import io.paddock.support.BrowserTest;
import io.paddock.support.BulkData;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Invitation;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member opens the workspace's Activity from its page, pages to older entries and
 * filters by action and by person.
 */
class ActivityBrowserIT extends BrowserTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void memberPagesAndFiltersTheWorkspaceActivity() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb"));
		List<UUID> invitees = new BulkData(this.jdbc).users(TestUsers.uniqueName("invitee"), 55);
		this.memberships.invite(steve.toActor(), workspace.getId(),
				invitees.stream().map((id) -> new Invitation(id, false)).toList());
		this.memberships.addOwner(steve.toActor(), workspace.getId(), john.getEmail());
		this.workspaces.setArchived(john.toActor(), workspace.getId(), true);

		LoginPage.open(this.browser, baseUrl()).signInAs(john.getEmail(), TestUsers.PASSWORD);
		this.browser.get(baseUrl() + "/workspaces/" + workspace.getId());
		this.browser.findElement(By.id("workspace-activity")).click();
		ActivityPage activity = ActivityPage.expectAt(this.browser);

		assertThat(activity.actions()).hasSize(50).startsWith("WORKSPACE_ARCHIVED", "MEMBER_INVITED");
		assertThat(activity.rowTexts().get(0)).contains("John", john.getEmail(), "Archived the workspace",
				workspace.getName(), "Paddock");
		assertAccessible();
		screenshot("activity-workspace");

		ActivityPage older = activity.older();
		assertThat(older.actions()).hasSize(8).endsWith("MEMBER_INVITED", "WORKSPACE_CREATED");
		assertThat(older.hasOlder()).isFalse();
		assertThat(older.newest().actions()).hasSize(50);

		ActivityPage archivedByJohn = activity.filter("Archived the workspace", john.getEmail());
		assertThat(archivedByJohn.actions()).containsExactly("WORKSPACE_ARCHIVED");
		ActivityPage invitedBySteve = archivedByJohn.filter("Invited", steve.getEmail());
		assertThat(invitedBySteve.actions()).hasSize(50).containsOnly("MEMBER_INVITED");
		assertThat(invitedBySteve.older().actions()).hasSize(6).containsOnly("MEMBER_INVITED");
		assertThat(ActivityPage.expectAt(this.browser).filter("Invited", "nobody@ex.co").actions()).isEmpty();
		assertThat(this.browser.findElement(By.id("page")).getText()).contains("No user has the email nobody@ex.co");
	}

}
