package io.paddock.mail;

import java.time.Duration;
import java.util.List;

import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Invitation;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static io.paddock.mail.InvitationMailIT.awaitMails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SMTP server is down when someone is invited: the invitation waits in the outbox, is
 * retried, and arrives exactly once when the server is back.
 */
class MailOutageIT extends IntegrationTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Test
	void inviteWhileMailServerDownThenExactlyOneEmailWhenItIsBack() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("outage"));
		mailServer.stop();

		this.memberships.invite(steve.toActor(), workspace.getId(), List.of(new Invitation(john.getId(), false)));

		OutboxMessage failed = awaitOutboxMessage(john, OutboxStatus.FAILED);
		assertThat(failed.getLastError()).isNotBlank();
		assertThat(failed.getAttempts()).isGreaterThanOrEqualTo(1);

		mailServer = startMailServer();
		long restarted = System.nanoTime();
		awaitMails(john.getEmail(), 1);
		System.out.printf("Invitation delivered %d ms after the mail server came back (%d failed attempts before)%n",
				Duration.ofNanos(System.nanoTime() - restarted).toMillis(), failed.getAttempts());
		assertThat(awaitOutboxMessage(john, OutboxStatus.SENT).getSentAt()).isNotNull();

		this.sender.sendDue();
		assertThat(awaitMails(john.getEmail(), 1)).hasSize(1);
	}

	private OutboxMessage awaitOutboxMessage(User recipient, OutboxStatus status) {
		Actor admin = this.users.instanceAdmin().toActor();
		return await().alias("outbox message to " + recipient.getEmail() + " reaching " + status)
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.outbox.list(admin, PageRequest.of(0, 200))
				.stream()
				.filter((m) -> m.getRecipient().equals(recipient.getEmail()))
				.findFirst()
				.orElse(null), (message) -> message != null && message.getStatus() == status);
	}

}
