package io.paddock.workspace;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.paddock.account.User;
import io.paddock.support.BulkData;
import io.paddock.support.StatementCounter;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Measures Send Invitations for 100 users in one request over 10,000 workspaces and
 * prints the figures: the time of each request and, less disturbed by other work on the
 * machine, the CPU time of the thread that served it. It asserts only what must hold
 * whatever the machine: everybody is added, each gets one outbox message, and the number
 * of SQL statements stays small.
 */
class InvitationBenchmarkIT extends WebTest {

	private static final int WORKSPACES = 10_000;

	private static final int INVITEES = 100;

	private static final int WARM_UP = 3;

	private static final int RUNS = 9;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void sendInvitationsFor100UsersOver10000Workspaces() throws Exception {
		User owner = this.users.user("Bulk");
		String prefix = TestUsers.uniqueName("bulk");
		BulkData bulk = new BulkData(this.jdbc);
		bulk.workspaces(owner.getId(), prefix, WORKSPACES);
		List<UUID> invitees = bulk.users(prefix, INVITEES);

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] nanos = new long[RUNS];
		long[] cpuNanos = new long[RUNS];
		long[] statements = new long[RUNS];
		for (int i = -WARM_UP; i < RUNS; i++) {
			Workspace workspace = this.workspaces.create(owner.toActor(), prefix + "-invited-" + (i + WARM_UP));
			long outboxBefore = outboxRows(prefix);
			StatementCounter.reset();
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			this.mvc.perform(invite(owner, workspace, invitees)).andExpect(status().isOk());
			long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
			long time = System.nanoTime() - start;
			long count = StatementCounter.count();

			assertThat(this.jdbc.queryForObject("select count(*) from memberships where workspace_id = ?", Long.class,
					workspace.getId()))
				.isEqualTo(INVITEES + 1);
			assertThat(outboxRows(prefix) - outboxBefore).isEqualTo(INVITEES);
			assertThat(count).as("SQL statements").isLessThanOrEqualTo(20);
			if (i >= 0) {
				nanos[i] = time;
				cpuNanos[i] = cpu;
				statements[i] = count;
			}
		}
		System.out.printf(
				"Send Invitations for %d users over %,d workspaces, %d runs after %d to warm up: %s; %s; SQL statements %s%n",
				INVITEES, WORKSPACES, RUNS, WARM_UP, figures("time", nanos),
				figures("CPU time of the request thread", cpuNanos), Arrays.toString(statements));
	}

	private static String figures(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format("%s min %.1f ms, median %.1f ms, max %.1f ms", label, sorted[0] / 1e6,
				sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
	}

	private MockHttpServletRequestBuilder invite(User owner, Workspace workspace, List<UUID> invitees) {
		MockHttpServletRequestBuilder request = post("/workspaces/" + workspace.getId() + "/invitations")
			.header("HX-Request", "true")
			.with(csrf())
			.with(signedInAs(owner));
		invitees.forEach((id) -> request.param("userIds", id.toString()));
		return request;
	}

	private long outboxRows(String prefix) {
		return this.jdbc.queryForObject("select count(*) from outbox_messages where recipient like ?", Long.class,
				prefix + "-%");
	}

}
