package io.paddock.mail;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static io.paddock.support.CsrfCookie.csrf;
import static io.paddock.mail.InvitationMailIT.PUBLIC_URL;
import static io.paddock.mail.InvitationMailIT.awaitMail;
import static io.paddock.mail.InvitationMailIT.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Inviting through the dashboard's Send Invitations: the email's links come from the
 * configured public URL whatever Host the request names, and the request never waits for
 * the mail server.
 */
class InvitationOverHttpIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	Outbox outbox;

	@Test
	void inviteWithForgedHostHeaderThenLinksUseThePublicUrl() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));

		sendInvitation(steve, imdb, john, "evil.example");

		OutboxMessage message = outboxMessageTo(john);
		String workspaceLink = PUBLIC_URL + "/workspaces/" + imdb.getId();
		assertThat(message.getTextBody()).contains("Open the workspace: " + workspaceLink)
			.contains("Paddock: " + PUBLIC_URL + "/")
			.doesNotContain("evil.example");
		assertThat(message.getHtmlBody()).contains("href=\"" + workspaceLink + "\"").doesNotContain("evil.example");
		var received = awaitMail(john.getEmail());
		assertThat(part(received, "text/plain")).contains(workspaceLink).doesNotContain("evil.example");
		assertThat(part(received, "text/html")).contains("href=\"" + workspaceLink + "\"")
			.doesNotContain("evil.example");
	}

	/**
	 * A mail server that accepts the connection but never answers would hold any request
	 * that sent mail itself for good; Send Invitations answers at once and the invitation
	 * waits in the outbox, then arrives once a working server is back.
	 */
	@Test
	void inviteWhileTheMailServerHangsThenTheRequestReturnsAtOnceAndTheMailWaits() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		int smtpPort = mailServer.getSmtp().getPort();
		mailServer.stop();
		try (ServerSocket silent = new ServerSocket()) {
			silent.setReuseAddress(true);
			silent.bind(new InetSocketAddress("127.0.0.1", smtpPort));

			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> sendInvitation(steve, imdb, john, "localhost"));

			OutboxMessage waiting = outboxMessageTo(john);
			assertThat(waiting.getStatus()).isIn(OutboxStatus.PENDING, OutboxStatus.SENDING);
			assertThat(waiting.getSentAt()).isNull();
		}
		finally {
			mailServer = startMailServer();
		}
		assertThat(awaitMail(john.getEmail()).getSubject())
			.isEqualTo("Steve invited you to the workspace " + imdb.getName());
	}

	/**
	 * Posts Send Invitations as the browser does without JavaScript, naming the given
	 * host; expects the redirect back to the workspace.
	 */
	private void sendInvitation(User inviter, Workspace workspace, User invitee, String host) throws Exception {
		this.mvc
			.perform(post("/workspaces/" + workspace.getId() + "/invitations").header("Host", host)
				.param("userIds", invitee.getId().toString())
				.with(csrf())
				.with(signedInAs(inviter)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/workspaces/" + workspace.getId()));
	}

	private OutboxMessage outboxMessageTo(User recipient) {
		List<OutboxMessage> messages = this.outbox.list(this.users.instanceAdmin().toActor(), PageRequest.of(0, 500))
			.stream()
			.filter((message) -> message.getRecipient().equals(recipient.getEmail()))
			.toList();
		assertThat(messages).as("outbox messages to " + recipient.getEmail()).hasSize(1);
		return messages.get(0);
	}

}
