package io.paddock.workspace;

import java.util.List;

import io.paddock.account.AccountService;
import io.paddock.account.User;
import io.paddock.account.UserNotFoundException;
import io.paddock.mail.Outbox;
import io.paddock.mail.OutboxMessage;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MembershipServiceIT extends IntegrationTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	AccountService accounts;

	@Autowired
	Outbox outbox;

	@Test
	void removeWhenItWasTheirCurrentWorkspaceThenTheyFallBackToTheirDefault() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		this.workspaces.switchTo(john.toActor(), imdb.getId());

		this.memberships.remove(steve.toActor(), imdb.getId(), john.getId());

		assertThat(this.workspaces.current(john.toActor()).isDefaultOf(john.getId())).isTrue();
		assertThat(this.accounts.get(john.getId()).getCurrentWorkspaceId())
			.isEqualTo(this.workspaces.defaultWorkspaceOf(john.getId()).getId());
		assertThatExceptionOfType(WorkspaceNotFoundException.class)
			.isThrownBy(() -> this.workspaces.get(john.toActor(), imdb.getId()));
	}

	@Test
	void removeFromTheirDefaultWorkspaceThenRefusedWithTheSdkMessage() {
		User steve = this.users.user("Steve");
		User admin = this.users.admin("Ada");
		Workspace steves = this.workspaces.defaultWorkspaceOf(steve.getId());
		this.memberships.addOwner(admin.toActor(), steves.getId(), admin.getEmail());

		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(() -> this.memberships.remove(admin.toActor(), steves.getId(), steve.getId()))
			.withMessage("User cannot be removed from their default workspace");
		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(() -> this.memberships.leave(steve.toActor(), steves.getId()))
			.withMessage("User cannot be removed from their default workspace");
	}

	@Test
	void addOwnerPromotesAMemberOrAddsAnyoneElseAsOwner() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		assertThat(this.memberships.addOwner(steve.toActor(), imdb.getId(), john.getEmail().toUpperCase()).role())
			.isEqualTo(Role.OWNER);
		assertThat(this.memberships.addOwner(steve.toActor(), imdb.getId(), mary.getEmail()).role())
			.isEqualTo(Role.OWNER);
		assertThat(this.workspaces.members(steve.toActor(), imdb.getId())).filteredOn(Member::isOwner).hasSize(3);
	}

	@Test
	void collaboratorCannotInviteAndUsersOutsideTheInstanceOrDisabledCannotBeAdded() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.memberships.invite(john.toActor(),
				imdb.getId(), List.of(new Invitation(mary.getId(), false))));
		assertThatExceptionOfType(UserNotFoundException.class)
			.isThrownBy(() -> this.memberships.addUser(steve.toActor(), imdb.getId(), "nobody@ex.co"));
		this.accounts.disable(this.users.instanceAdmin().toActor(), mary.getId());
		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(() -> this.memberships.addUser(steve.toActor(), imdb.getId(), mary.getEmail()))
			.withMessageContaining("disabled");
	}

	@Test
	void inviteIsAllOrNothing() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());

		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(() -> this.memberships.invite(steve.toActor(), imdb.getId(),
					List.of(new Invitation(mary.getId(), true), new Invitation(john.getId(), false))))
			.withMessage("User " + john.getEmail() + ", already exists in workspace " + imdb.getName());
		assertThat(this.workspaces.members(steve.toActor(), imdb.getId())).extracting(Member::email)
			.doesNotContain(mary.getEmail());
		assertThat(outboxMessagesTo(mary)).as("invitation mail rolled back with the invitation").isEmpty();

		this.memberships.invite(steve.toActor(), imdb.getId(), List.of(new Invitation(mary.getId(), true)));
		assertThat(outboxMessagesTo(mary)).singleElement()
			.extracting(OutboxMessage::getSubject)
			.isEqualTo("Steve invited you to the workspace " + imdb.getName());
	}

	private List<OutboxMessage> outboxMessagesTo(User recipient) {
		return this.outbox.list(this.users.instanceAdmin().toActor(), PageRequest.of(0, 500))
			.stream()
			.filter((message) -> message.getRecipient().equals(recipient.getEmail()))
			.toList();
	}

}
