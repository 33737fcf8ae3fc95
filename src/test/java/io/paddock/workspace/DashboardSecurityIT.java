package io.paddock.workspace;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.paddock.support.CsrfCookie.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class DashboardSecurityIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Test
	void anonymousThenRedirectedToLogin() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/workspaces")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void anonymousHtmxRequestThenRefreshInsteadOfRedirect() throws Exception {
		this.mvc.perform(get("/workspaces").header("HX-Request", "true"))
			.andExpect(status().isForbidden())
			.andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void createWithoutCsrfTokenThenForbidden() throws Exception {
		User steve = this.users.user("Steve");
		this.mvc.perform(post("/workspaces").param("name", "no-token").with(signedInAs(steve)))
			.andExpect(status().isForbidden());
	}

	@Test
	void createWithCsrfTokenThenRedirectToList() throws Exception {
		User steve = this.users.user("Steve");
		String name = TestUsers.uniqueName("plain");
		this.mvc.perform(post("/workspaces").param("name", name).with(signedInAs(steve)).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/workspaces"));
	}

	@Test
	void createInPlaceWithBadNameThenFormFragmentWithErrorAndStatus200() throws Exception {
		User steve = this.users.user("Steve");
		this.mvc
			.perform(post("/workspaces").param("name", "bad_name")
				.header("HX-Request", "true")
				.with(signedInAs(steve))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("workspaces/list :: create-form"))
			.andExpect(content().string(containsString("the underscore &#39;_&#39; at position 4 is not allowed")));
	}

	@Test
	void nonMemberAsksForWorkspaceThenSameAnswerAsMissing() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("private"));

		this.mvc.perform(get("/workspaces/{id}", workspace.getId()).with(signedInAs(john)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Workspace " + workspace.getId() + " does not exist.")));
		this.mvc.perform(get("/workspaces/{id}", 987654321L).with(signedInAs(john)))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Workspace 987654321 does not exist.")));
		this.mvc
			.perform(post("/workspaces/current").param("id", workspace.getId().toString())
				.with(signedInAs(john))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void adminSeesAnyWorkspace() throws Exception {
		User steve = this.users.user("Steve");
		User admin = this.users.admin("Ada");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("audited"));

		this.mvc.perform(get("/workspaces/{id}", workspace.getId()).with(signedInAs(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(workspace.getName())));
	}

	@Test
	void adminPagesWhenNotAdminThenForbidden() throws Exception {
		User steve = this.users.user("Steve");
		this.mvc.perform(get("/users").with(signedInAs(steve))).andExpect(status().isForbidden());
		this.mvc.perform(get("/outbox").with(signedInAs(steve))).andExpect(status().isForbidden());
	}

}
