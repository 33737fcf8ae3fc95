package io.paddock.mail;

import java.time.Duration;
import java.util.List;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.Invitation;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Owners see whether each member invited by email was sent their email (from the outbox),
 * also while the mail server is down, and can send it again; nobody else can.
 */
class InvitationStatusIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void ownerSeesSentThenFailingWhileTheServerIsDownAndResendsAnInvitation() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb"));
		String panel = "/workspaces/" + workspace.getId() + "/invitation-emails";

		this.memberships.invite(steve.toActor(), workspace.getId(), List.of(new Invitation(john.getId(), false)));
		InvitationMailIT.awaitMail(john.getEmail());
		awaitStatus(steve, panel, john, "Sent");

		mailServer.stop();
		this.memberships.invite(steve.toActor(), workspace.getId(), List.of(new Invitation(mary.getId(), true)));
		awaitStatus(steve, panel, mary, "Failing, will retry");
		mailServer = startMailServer();
		awaitStatus(steve, panel, mary, "Sent");

		this.mvc
			.perform(post(panel + "/resend").param("userId", john.getId().toString())
				.header("HX-Request", "true")
				.with(csrf())
				.with(signedInAs(steve)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The invitation to " + john.getEmail() + " was written again")));
		// The restarted server holds only what was sent since: the invitation sent again.
		assertThat(InvitationMailIT.awaitMail(john.getEmail()).getSubject())
			.isEqualTo("Steve invited you to the workspace " + workspace.getName());
		awaitStatus(steve, panel, john, "Sent");
	}

	@Test
	void panelAndResendWhenCollaboratorOrOutsiderThenRefused() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("aloha"));
		this.memberships.invite(steve.toActor(), workspace.getId(), List.of(new Invitation(john.getId(), false)));
		String panel = "/workspaces/" + workspace.getId() + "/invitation-emails";

		this.mvc.perform(get(panel).with(signedInAs(john))).andExpect(status().isForbidden());
		this.mvc.perform(
				post(panel + "/resend").param("userId", john.getId().toString()).with(csrf()).with(signedInAs(john)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(panel + "/resend").param("userId", john.getId().toString())
				.with(csrf())
				.with(signedInAs(this.users.user("Mallory"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/workspaces/" + workspace.getId()).with(signedInAs(john)))
			.andExpect(content().string(not(containsString("invitation-emails"))));
		this.mvc.perform(get("/workspaces/" + workspace.getId()).with(signedInAs(steve)))
			.andExpect(content().string(containsString("hx-get=\"" + panel + "\"")));
	}

	/**
	 * Waits until the panel shows the member's invitation with the status.
	 */
	private void awaitStatus(User owner, String panel, User member, String status) {
		String expected = "<th scope=\"row\">" + member.getEmail() + "</th>";
		await().alias("invitation of " + member.getEmail() + " showing " + status)
			.atMost(Duration.ofSeconds(30))
			.until(() -> {
				String html = this.mvc.perform(get(panel).header("HX-Request", "true").with(signedInAs(owner)))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				int row = html.indexOf(expected);
				return (row < 0) ? "absent"
						: html.substring(html.indexOf("invitation-status", row) + 1, html.indexOf("</span>", row))
							.replaceAll(".*>", "");
			}, status::equals);
	}

}
