package io.paddock.web;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.paddock.support.CsrfCookie.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The notices and confirmation questions of the dashboard, word for word, with the names
 * they are about filled in.
 */
class DashboardNoticesIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	ApiTokenService tokens;

	private User owner;

	private User john;

	private Workspace workspace;

	@BeforeEach
	void workspaceWithCollaborator() {
		this.owner = this.users.user("Owner");
		this.john = this.users.user("John");
		this.workspace = this.workspaces.create(this.owner.toActor(), TestUsers.uniqueName("notices"));
		this.memberships.addUser(this.owner.toActor(), this.workspace.getId(), this.john.getEmail());
	}

	@Test
	void removalConfirmationNamesTheMemberAndTheWorkspace() throws Exception {
		this.mvc
			.perform(get("/workspaces/{id}/members/{userId}/removal", this.workspace.getId(), this.john.getId())
				.with(signedInAs(this.owner)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("title", "Remove John?"))
			.andExpect(model().attribute("question",
					"John (" + this.john.getEmail() + ") will lose access to the workspace " + this.workspace.getName()
							+ " and its models and pipelines."))
			.andExpect(model().attribute("confirmLabel", "Remove from Workspace"));
	}

	@Test
	void leaveConfirmationNamesTheWorkspace() throws Exception {
		this.mvc.perform(get("/workspaces/{id}/leave", this.workspace.getId()).with(signedInAs(this.john)))
			.andExpect(status().isOk())
			.andExpect(model().attribute("title", "Leave " + this.workspace.getName() + "?"))
			.andExpect(model().attribute("question",
					"You will lose access to this workspace and its models and pipelines until an owner invites you again."))
			.andExpect(model().attribute("confirmLabel", "Leave workspace"));
	}

	@Test
	void promoteThenNoticeSaysOwner() throws Exception {
		this.mvc
			.perform(post("/workspaces/{id}/members/{userId}/role", this.workspace.getId(), this.john.getId())
				.param("role", "OWNER")
				.with(signedInAs(this.owner))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("membersNotice", this.john.getEmail() + " is now an owner."));
	}

	@Test
	void inviteThenNoticeListsTheInvited() throws Exception {
		User ann = this.users.user("Ann");
		User bob = this.users.user("Bob");
		this.mvc
			.perform(post("/workspaces/{id}/invitations", this.workspace.getId())
				.param("userIds", ann.getId().toString(), bob.getId().toString())
				.with(signedInAs(this.owner))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("membersNotice", "Invited " + ann.getEmail() + ", " + bob.getEmail()
					+ ". They will get an email with a link to the workspace."));
	}

	@Test
	void unarchiveThenNoticeNamesTheWorkspace() throws Exception {
		this.workspaces.setArchived(this.owner.toActor(), this.workspace.getId(), true);
		this.mvc
			.perform(post("/workspaces/{id}/archived", this.workspace.getId()).param("archived", "false")
				.with(signedInAs(this.owner))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("notice", "Unarchived the workspace " + this.workspace.getName() + "."));
	}

	@Test
	void disableAndEnableThenNoticesNameTheUser() throws Exception {
		User admin = this.users.instanceAdmin();
		this.mvc.perform(post("/users/{id}/disable", this.john.getId()).with(signedInAs(admin)).with(csrf()))
			.andExpect(flash().attribute("notice", "Disabled " + this.john.getEmail() + "."));
		this.mvc.perform(post("/users/{id}/enable", this.john.getId()).with(signedInAs(admin)).with(csrf()))
			.andExpect(flash().attribute("notice", "Enabled " + this.john.getEmail() + "."));
	}

	@Test
	void tokenWithoutNameThenAskedForOneAndRevokeNamesTheToken() throws Exception {
		this.mvc.perform(post("/tokens").param("name", " ").with(signedInAs(this.john)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "tokens.name.invalid"))
			.andExpect(content().string(containsString(
					"<p id=\"token-name-error\" class=\"field-error\" role=\"alert\">Give the token a name of 1 to 100 characters.</p>")));
		var created = this.tokens.create(this.john.toActor(), "deploy-script");
		this.mvc
			.perform(post("/tokens/{id}/revocation", created.token().getId()).with(signedInAs(this.john)).with(csrf()))
			.andExpect(flash().attribute("notice", "Revoked the token deploy-script."));
	}

}
