package io.paddock.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two owners demote (or remove) each other at the same moment: the workspace lock lets
 * one win, and the workspace keeps exactly one owner.
 */
class LastOwnerRaceIT extends IntegrationTest {

	private static final int ROUNDS = 20;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void ownersDemoteEachOtherAtOnceThenExactlyOneOwnerRemains() throws Exception {
		for (int round = 0; round < ROUNDS; round++) {
			User a = this.users.user("Ann");
			User b = this.users.user("Bob");
			Workspace workspace = twoOwners(a, b);

			List<Boolean> outcomes = race(() -> this.memberships.demote(a.toActor(), workspace.getId(), b.getId()),
					() -> this.memberships.demote(b.toActor(), workspace.getId(), a.getId()));

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

			List<Boolean> outcomes = race(() -> {
				this.memberships.remove(a.toActor(), workspace.getId(), b.getId());
				return null;
			}, () -> {
				this.memberships.remove(b.toActor(), workspace.getId(), a.getId());
				return null;
			});

			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
			List<Member> members = this.workspaces.members(this.users.instanceAdmin().toActor(), workspace.getId());
			assertThat(members).hasSize(1).allMatch(Member::isOwner);
		}
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

	/**
	 * Runs both actions at the same moment; true for each that succeeded, false for each
	 * refused because it would leave the workspace without an owner, or because the other
	 * action already took the actor's role or membership away.
	 */
	private List<Boolean> race(Callable<?> first, Callable<?> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> futures = new ArrayList<>();
		for (Callable<?> action : List.of(first, second)) {
			futures.add(this.threads.submit(() -> {
				start.await();
				try {
					action.call();
					return true;
				}
				catch (MembershipException | AccessDeniedException | WorkspaceNotFoundException refused) {
					return false;
				}
			}));
		}
		start.countDown();
		List<Boolean> outcomes = new ArrayList<>();
		for (Future<Boolean> future : futures) {
			outcomes.add(future.get());
		}
		return outcomes;
	}

}
