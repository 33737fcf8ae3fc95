package io.paddock.workspace;

import java.util.List;
import java.util.UUID;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The refusals the dashboard hides buttons for are still made on the server: a request
 * posted by hand gets the rule's message, and nothing changes.
 */
class MembershipRefusalsIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@ParameterizedTest(name = "htmx: {0}")
	@ValueSource(booleans = { false, true })
	void leaveWhenLastOwnerThenRefusedWithMessageAndStillOwner(boolean htmx) throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		MvcResult result = this.mvc
			.perform(htmx(post("/workspaces/" + imdb.getId() + "/leave"), htmx).with(csrf()).with(signedInAs(steve)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/workspaces/" + imdb.getId()))
			.andExpect(flash().attribute("membersProblem", "Last owner of a workspace cannot leave it"))
			.andReturn();

		assertRedirectShows(result, steve, "Last owner of a workspace cannot leave it");
		assertRoles(imdb, steve, john);
	}

	@ParameterizedTest(name = "htmx: {0}")
	@ValueSource(booleans = { false, true })
	void removeTheLastOwnerThenRefusedWithMessageAndStillOwner(boolean htmx) throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		for (User caller : List.of(steve, this.users.admin("Ada"))) {
			MockHttpServletRequestBuilder request = htmx(
					post("/workspaces/" + imdb.getId() + "/members/" + steve.getId() + "/removal"), htmx)
				.with(csrf())
				.with(signedInAs(caller));
			if (htmx) {
				this.mvc.perform(request)
					.andExpect(status().isOk())
					.andExpect(view().name("workspaces/show :: members-section"))
					.andExpect(header().string("HX-Trigger", "close-dialog"))
					.andExpect(content().string(containsString("role=\"alert\"")))
					.andExpect(content().string(containsString("Last owner of a workspace cannot be removed")));
			}
			else {
				MvcResult result = this.mvc.perform(request)
					.andExpect(status().isFound())
					.andExpect(redirectedUrl("/workspaces/" + imdb.getId()))
					.andExpect(flash().attribute("membersProblem", "Last owner of a workspace cannot be removed"))
					.andReturn();
				assertRedirectShows(result, caller, "Last owner of a workspace cannot be removed");
			}
			assertRoles(imdb, steve, john);
		}
	}

	@ParameterizedTest(name = "htmx: {0}")
	@ValueSource(booleans = { false, true })
	void removeUnknownUserFromAWorkspaceTheCallerCannotSeeThenTheWorkspaceDoesNotExist(boolean htmx) throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		String removal = "/workspaces/" + imdb.getId() + "/members/" + UUID.randomUUID() + "/removal";
		String doesNotExist = "Workspace " + imdb.getId() + " does not exist.";

		for (MockHttpServletRequestBuilder request : List.of(get(removal), post(removal))) {
			this.mvc.perform(htmx(request, htmx).with(csrf()).with(signedInAs(this.users.user("Other"))))
				.andExpect(status().isNotFound())
				.andExpect(content().string(containsString(doesNotExist)))
				.andExpect(content().string(not(containsString("No user"))));
		}
		assertRoles(imdb, steve, john);
	}

	@ParameterizedTest(name = "htmx: {0}")
	@ValueSource(booleans = { false, true })
	void inviteUnknownUserThenMessageInTheDialogAndNobodyAdded(boolean htmx) throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		UUID unknown = UUID.randomUUID();

		this.mvc
			.perform(htmx(post("/workspaces/" + imdb.getId() + "/invitations"), htmx)
				.param("userIds", mary.getId().toString(), unknown.toString())
				.with(csrf())
				.with(signedInAs(steve)))
			.andExpect(status().isOk())
			.andExpect(view().name(htmx ? "workspaces/invite :: dialog" : "workspaces/invite"))
			.andExpect(content().string(containsString("role=\"alert\">No user " + unknown
					+ " exists on this instance; only users of this instance can be invited.</p>")))
			.andExpect(content().string(containsString("id=\"invite-form\"")));

		assertRoles(imdb, steve, john);
	}

	@ParameterizedTest(name = "htmx: {0}")
	@ValueSource(booleans = { false, true })
	void coOwnerTickedForAUserNotSelectedThenMessageInTheDialogAndNobodyAdded(boolean htmx) throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		this.mvc
			.perform(htmx(post("/workspaces/" + imdb.getId() + "/invitations"), htmx)
				.param("owners", mary.getId().toString())
				.with(csrf())
				.with(signedInAs(steve)))
			.andExpect(status().isOk())
			.andExpect(view().name(htmx ? "workspaces/invite :: dialog" : "workspaces/invite"))
			.andExpect(content().string(containsString("role=\"alert\">Add as Co-Owner? is ticked for a user who is "
					+ "not selected: select that user too, or untick Add as Co-Owner?.</p>")));

		assertRoles(imdb, steve, john);
	}

	private void assertRedirectShows(MvcResult redirect, User user, String message) throws Exception {
		String page = this.mvc
			.perform(get(redirect.getResponse().getRedirectedUrl()).flashAttrs(redirect.getFlashMap())
				.with(signedInAs(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("role=\"alert\">" + message + "</p>");
	}

	/**
	 * The workspace still has exactly these members: one owner and one collaborator.
	 */
	private void assertRoles(Workspace workspace, User owner, User collaborator) {
		assertThat(this.workspaces.members(this.users.instanceAdmin().toActor(), workspace.getId()))
			.extracting(Member::email, Member::role)
			.containsExactlyInAnyOrder(tuple(owner.getEmail(), Role.OWNER),
					tuple(collaborator.getEmail(), Role.COLLABORATOR));
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request, boolean htmx) {
		return htmx ? request.header("HX-Request", "true") : request;
	}

}
