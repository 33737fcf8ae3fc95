package io.paddock.activity;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may read which Activity page: a workspace's members and admins its page, nobody
 * else; only admins the instance's.
 */
class ActivityPagesIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void workspaceActivityWhenMemberOrAdminThenShownElseDoesNotExist() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("aloha"));
		this.memberships.addUser(steve.toActor(), workspace.getId(), john.getEmail());
		String path = "/workspaces/" + workspace.getId() + "/activity";

		this.mvc.perform(get(path).with(signedInAs(john)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(john.getEmail())))
			.andExpect(content().string(containsString("Invited")));
		this.mvc.perform(get(path).with(signedInAs(this.users.admin("Admin")))).andExpect(status().isOk());
		this.mvc.perform(get(path).with(signedInAs(this.users.user("Mallory"))))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(workspace.getName()))));
	}

	@Test
	void instanceActivityWhenAdminThenShownElseForbidden() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("ccfraud"));

		this.mvc.perform(get("/activity?person=" + steve.getEmail()).with(signedInAs(this.users.admin("Admin"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(workspace.getName())));
		this.mvc.perform(get("/activity").with(signedInAs(steve))).andExpect(status().isForbidden());
	}

	@Test
	void filterWhenPersonUnknownOrActionInvalidThenSaidOnThePage() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb"));
		String path = "/workspaces/" + workspace.getId() + "/activity";

		this.mvc.perform(get(path + "?person=nobody@ex.co").with(signedInAs(steve)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No user has the email nobody@ex.co")));
		this.mvc.perform(get(path + "?action=EXPLODED").with(signedInAs(steve))).andExpect(status().isBadRequest());
	}

}
