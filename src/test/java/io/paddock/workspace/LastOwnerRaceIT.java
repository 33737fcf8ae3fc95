package io.paddock.workspace;

import java.util.List;
import java.util.concurrent.Callable;

import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.Race;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two owners demote or remove each other, or both leave or demote themselves, at the same
 * moment: the workspace lock lets one win, and the workspace keeps exactly one owner.
 */
class LastOwnerRaceIT extends IntegrationTest {

	private static final int ROUNDS = 20;

	/**
	 * The loser is refused by the last-owner rule, or finds that the winner already took
	 * its role or membership away.
	 */
	@SuppressWarnings("unchecked")
	static final Class<? extends Exception>[] REFUSALS = new Class[] { MembershipException.class,
			AccessDeniedException.class, WorkspaceNotFoundException.class };

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void ownersDemoteEachOtherAtOnceThenExactlyOneOwnerRemains() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			User a = this.users.user("Ann");
			User b = this.users.user("Bob");
			Workspace workspace = twoOwners(a, b);

			List<Boolean> outcomes = Race.run(() -> this.memberships.demote(a.toActor(), workspace.getId(), b.getId()),
					() -> this.memberships.demote(b.toActor(), workspace.getId(), a.getId()), REFUSALS);

			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
			assertThat(owners(workspace)).hasSize(1);
		}
	}

	@Test
	void ownersRemoveEachOtherAtOnceThenExactlyOneOwnerRemains() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			User a = this.users.user("Ann");
			User b = this.users.user("Bob");
			Workspace workspace = twoOwners(a, b);

			List<Boolean> outcomes = Race.run(() -> {
				this.memberships.remove(a.toActor(), workspace.getId(), b.getId());
				return null;
			}, () -> {
				this.memberships.remove(b.toActor(), workspace.getId(), a.getId());
				return null;
			}, REFUSALS);

			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
			List<Member> members = this.workspaces.members(this.users.instanceAdmin().toActor(), workspace.getId());
			assertThat(members).hasSize(1).allMatch(Member::isOwner);
		}
	}

	@Test
	void ownersLeaveAtOnceThenOneLeavesAndTheOtherIsRefusedAsLastOwner() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			User a = this.users.user("Ann");
			User b = this.users.user("Bob");
			Workspace workspace = twoOwners(a, b);

			List<Boolean> outcomes = Race.run(lastOwnerRefusal(() -> {
				this.memberships.leave(a.toActor(), workspace.getId());
				return null;
			}), lastOwnerRefusal(() -> {
				this.memberships.leave(b.toActor(), workspace.getId());
				return null;
			}), MembershipException.class);

			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
			List<Member> members = this.workspaces.members(this.users.instanceAdmin().toActor(), workspace.getId());
			assertThat(members).hasSize(1).allMatch(Member::isOwner);
			assertThat(members.get(0).email()).isEqualTo(outcomes.get(0) ? b.getEmail() : a.getEmail());
		}
	}

	@Test
	void ownersDemoteThemselvesAtOnceThenOneIsRefusedAsLastOwner() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			User a = this.users.user("Ann");
			User b = this.users.user("Bob");
			Workspace workspace = twoOwners(a, b);

			List<Boolean> outcomes = Race.run(
					lastOwnerRefusal(() -> this.memberships.demote(a.toActor(), workspace.getId(), a.getId())),
					lastOwnerRefusal(() -> this.memberships.demote(b.toActor(), workspace.getId(), b.getId())),
					MembershipException.class);

			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
			assertThat(owners(workspace)).extracting(Member::email)
				.containsExactly(outcomes.get(0) ? b.getEmail() : a.getEmail());
		}
	}

	/**
	 * Lets only the last-owner refusal through as a refusal; anything else fails the
	 * race.
	 */
	static <T> Callable<T> lastOwnerRefusal(Callable<T> action) {
		return () -> {
			try {
				return action.call();
			}
			catch (MembershipException ex) {
				if (ex.reason() != MembershipException.Reason.LAST_OWNER) {
					throw new AssertionError("refused for another reason than the last owner: " + ex.getMessage(), ex);
				}
				throw ex;
			}
		};
	}

	private Workspace twoOwners(User a, User b) {
		Workspace workspace = this.workspaces.create(a.toActor(), TestUsers.uniqueName("race"));
		this.memberships.addOwner(a.toActor(), workspace.getId(), b.getEmail());
		return workspace;
	}

	private List<Member> owners(Workspace workspace) {
		return this.workspaces.members(this.users.instanceAdmin().toActor(), workspace.getId())
			.stream()
			.filter(Member::isOwner)
			.toList();
	}

}
