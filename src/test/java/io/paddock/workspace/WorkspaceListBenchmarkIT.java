package io.paddock.workspace;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.support.BulkData;
import io.paddock.support.IntegrationTest;
import io.paddock.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures View Workspaces over 10,000 workspaces and prints the figures. It asserts only
 * what must hold whatever the machine: the rows are right and the number of SQL
 * statements per page does not grow with the page.
 */
class WorkspaceListBenchmarkIT extends IntegrationTest {

	private static final int WORKSPACES = 10_000;

	private static final int RUNS = 20;

	@Autowired
	WorkspaceDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void viewWorkspacesWith10000WorkspacesUsesAFixedNumberOfStatements() {
		User owner = this.users.user("Bulk");
		String prefix = "bulk-" + UUID.randomUUID().toString().substring(0, 8);
		new BulkData(this.jdbc).workspaces(owner.getId(), prefix, WORKSPACES);
		Actor member = owner.toActor();

		Page<WorkspaceListing> first = measure("member, first page", () -> this.directory.list(member, "", page(0)));
		Page<WorkspaceListing> last = measure("member, page 400", () -> this.directory.list(member, "", page(400)));
		Page<WorkspaceListing> search = measure("member, search",
				() -> this.directory.list(member, prefix + "-0999", page(0)));
		Actor admin = this.users.instanceAdmin().toActor();
		measure("admin, page 100", () -> this.directory.list(admin, "", page(100)));

		assertThat(first.getTotalElements()).isEqualTo(WORKSPACES + 1);
		assertThat(first.getContent()).hasSize(25).allMatch((row) -> row.owners().size() == 1);
		assertThat(last.getContent()).hasSize(1);
		assertThat(search.getContent()).extracting(WorkspaceListing::name).containsExactly(prefix + "-0999");
	}

	private static PageRequest page(int number) {
		return PageRequest.of(number, 25, Sort.by("nameKey"));
	}

	private <T> T measure(String label, Supplier<T> query) {
		T result = query.get();
		StatementCounter.reset();
		query.get();
		long statements = StatementCounter.count();
		long[] nanos = new long[RUNS];
		for (int i = 0; i < RUNS; i++) {
			long start = System.nanoTime();
			query.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("View Workspaces over %,d workspaces, %s: median %.1f ms, p95 %.1f ms, %d SQL statements%n",
				WORKSPACES, label, nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95) - 1] / 1e6, statements);
		assertThat(statements).as("statements for " + label).isLessThanOrEqualTo(6);
		return result;
	}

}
