package io.paddock.mail;

import java.util.List;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.workspace.Invitation;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: no {@code spring.mail.host}, so invitations stay in the outbox
 * for admins to read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "spring.datasource.url=jdbc:h2:mem:paddock-no-mail;DB_CLOSE_DELAY=-1",
				"paddock.admin.password=orange-kestrel-lighthouse", "paddock.mail.poll-interval=100ms",
				"paddock.public-url=https://paddock.example.org/" })
class OutboxWithoutMailServerIT {

	@Autowired
	AccountService accounts;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxSender sender;

	@Test
	void inviteWithoutMailServerThenMessageWaitsInOutboxWithLinksToPublicUrl() {
		User steve = user("Steve");
		User john = user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(),
				"outbox-" + UUID.randomUUID().toString().substring(0, 8));

		this.memberships.invite(steve.toActor(), workspace.getId(), List.of(new Invitation(john.getId(), false)));
		this.sender.sendDue();

		Actor admin = this.accounts.findByEmail("admin@example.com").orElseThrow().toActor();
		OutboxMessage message = this.outbox.list(admin, PageRequest.of(0, 50))
			.stream()
			.filter((m) -> m.getRecipient().equals(john.getEmail()))
			.findFirst()
			.orElseThrow();
		assertThat(message.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(message.getAttempts()).isZero();
		assertThat(message.getSubject()).isEqualTo("Steve invited you to the workspace " + workspace.getName());
		assertThat(message.getTextBody())
			.contains("Open the workspace: https://paddock.example.org/workspaces/" + workspace.getId())
			.doesNotContain("/open")
			.contains("Paddock: https://paddock.example.org/");
		assertThat(message.getHtmlBody())
			.contains("href=\"https://paddock.example.org/workspaces/" + workspace.getId() + "\"");
	}

	private User user(String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		return this.accounts.create(new NewUser(email, name, UserType.USER, "orange-kestrel-lighthouse"));
	}

}
