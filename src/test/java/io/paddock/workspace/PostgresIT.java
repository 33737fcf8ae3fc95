package io.paddock.workspace;

import java.util.List;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.support.PostgresTest;
import io.paddock.support.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The PostgreSQL path: the same Flyway migrations, queries and locks on a real PostgreSQL
 * 17.
 */
class PostgresIT extends PostgresTest {

	@Autowired
	AccountService accounts;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	WorkspaceDirectory directory;

	@Autowired
	MembershipService memberships;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void migrationsRanOnPostgres() {
		assertThat(this.jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL 17");
		assertThat(this.jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
			.isGreaterThanOrEqualTo(3);
	}

	@Test
	void workspaceNamesAreUniqueRegardlessOfCase() {
		User steve = user("Steve");
		String name = "imdb-" + UUID.randomUUID().toString().substring(0, 8);
		this.workspaces.create(steve.toActor(), name);

		assertThatExceptionOfType(WorkspaceNameTakenException.class)
			.isThrownBy(() -> this.workspaces.create(user("John").toActor(), name.toUpperCase()));
	}

	@Test
	void viewWorkspacesListsOwnersAndCountsWithSearch() {
		User steve = user("Steve");
		String prefix = "pg-" + UUID.randomUUID().toString().substring(0, 8);
		this.workspaces.create(steve.toActor(), prefix + "-a");
		this.workspaces.create(steve.toActor(), prefix + "-b");

		List<WorkspaceListing> rows = this.directory
			.list(steve.toActor(), prefix, PageRequest.of(0, 20, Sort.by("nameKey")))
			.getContent();

		assertThat(rows).extracting(WorkspaceListing::name).containsExactly(prefix + "-a", prefix + "-b");
		assertThat(rows.get(0).owners()).extracting(Member::email).containsExactly(steve.getEmail());
		assertThat(rows.get(0).users()).isEqualTo(1);
	}

	@Test
	void ownersDemotingEachOtherAtOnceKeepExactlyOneOwner() throws Exception {
		for (int round = 0; round < 10; round++) {
			User a = user("Ann");
			User b = user("Bob");
			Workspace workspace = twoOwners(a, b);

			List<Boolean> outcomes = Race.run(() -> this.memberships.demote(a.toActor(), workspace.getId(), b.getId()),
					() -> this.memberships.demote(b.toActor(), workspace.getId(), a.getId()), LastOwnerRaceIT.REFUSALS);

			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
			assertThat(this.workspaces.members(a.toActor(), workspace.getId())).filteredOn(Member::isOwner).hasSize(1);
		}
	}

	@Test
	void ownersLeavingAtOnceKeepExactlyOneOwner() throws Exception {
		for (int round = 0; round < 10; round++) {
			User a = user("Ann");
			User b = user("Bob");
			Workspace workspace = twoOwners(a, b);

			List<Boolean> outcomes = Race.run(LastOwnerRaceIT.lastOwnerRefusal(() -> {
				this.memberships.leave(a.toActor(), workspace.getId());
				return null;
			}), LastOwnerRaceIT.lastOwnerRefusal(() -> {
				this.memberships.leave(b.toActor(), workspace.getId());
				return null;
			}), MembershipException.class);

			assertThat(outcomes).containsExactlyInAnyOrder(true, false);
			User remaining = outcomes.get(0) ? b : a;
			assertThat(this.workspaces.members(remaining.toActor(), workspace.getId())).singleElement()
				.matches(Member::isOwner)
				.extracting(Member::email)
				.isEqualTo(remaining.getEmail());
		}
	}

	private Workspace twoOwners(User a, User b) {
		Workspace workspace = this.workspaces.create(a.toActor(),
				"race-" + UUID.randomUUID().toString().substring(0, 8));
		this.memberships.addOwner(a.toActor(), workspace.getId(), b.getEmail());
		return workspace;
	}

	private User user(String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		return this.accounts.create(new NewUser(email, name, UserType.USER, "orange-kestrel-lighthouse"));
	}

}
