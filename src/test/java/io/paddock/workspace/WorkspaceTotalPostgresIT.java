package io.paddock.workspace;

import java.util.List;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.support.BulkData;
import io.paddock.support.PostgresTest;
import io.paddock.support.Race;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The total of the admin's list on PostgreSQL, kept in a row by the statements that add
 * and remove workspaces: after each kind of change it equals counting them.
 */
class WorkspaceTotalPostgresIT extends PostgresTest {

	@Autowired
	WorkspaceRepository workspaces;

	@Autowired
	WorkspaceService service;

	@Autowired
	WorkspaceDirectory directory;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void totalFollowsBatchesOfInsertsAndDeletes() {
		User owner = user();
		String prefix = TestUsers.uniqueName("total");
		long before = counted();
		assertThat(this.workspaces.total()).isEqualTo(before);

		new BulkData(this.jdbc).workspaces(owner.getId(), prefix, 300);
		this.jdbc.update(
				"insert into workspaces (name, name_key, archived, created_by, created_at) "
						+ "select ? || n, ? || n, false, ?, now() from generate_series(1, 200) as s(n)",
				prefix + "-bulk-", prefix.toLowerCase() + "-bulk-", owner.getId());
		assertThat(this.workspaces.total()).isEqualTo(before + 500).isEqualTo(counted());

		this.jdbc.update("delete from workspaces where name_key like ?", prefix.toLowerCase() + "-bulk-%");
		assertThat(this.workspaces.total()).isEqualTo(before + 300).isEqualTo(counted());
		assertThat(this.directory.list(admin(), "", PageRequest.of(0, 20)).getTotalElements()).isEqualTo(counted());
	}

	@Test
	void workspacesCreatedAtOnceAreBothCounted() throws Exception {
		User first = user();
		User second = user();
		long before = counted();

		List<Boolean> outcomes = Race.run(() -> this.service.create(first.toActor(), TestUsers.uniqueName("one")),
				() -> this.service.create(second.toActor(), TestUsers.uniqueName("two")));

		assertThat(outcomes).containsExactly(true, true);
		assertThat(this.workspaces.total()).isEqualTo(before + 2).isEqualTo(counted());
	}

	@Test
	void truncatedWorkspacesTotalNothing() {
		TransactionTemplate rolledBack = new TransactionTemplate(this.transactions);
		Long inside = rolledBack.execute((status) -> {
			status.setRollbackOnly();
			this.jdbc.execute("truncate workspaces cascade");
			return this.workspaces.total();
		});

		assertThat(inside).isZero();
		assertThat(this.workspaces.total()).isPositive().isEqualTo(counted());
	}

	private long counted() {
		return this.jdbc.queryForObject("select count(*) from workspaces", Long.class);
	}

	private Actor admin() {
		User user = user();
		return new Actor(user.getId(), user.getEmail(), user.getDisplayName(), true);
	}

	private User user() {
		String email = "total-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		return this.accounts.create(new NewUser(email, "Total", UserType.USER, "orange-kestrel-lighthouse"));
	}

}
