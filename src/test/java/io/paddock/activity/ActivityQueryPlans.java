package io.paddock.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.support.StatementCounter;

import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the database's plan for the activity queries, as Hibernate writes them, over many
 * entries: spread over many workspaces, a thousand people and every action.
 */
class ActivityQueryPlans {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\?");

	/**
	 * Far below the ids the sequence hands out, so the entries of other tests are not
	 * disturbed.
	 */
	private static final long FIRST_ID = -1_000_000_000L;

	private static final long WORKSPACE = -42;

	private static final UUID PERSON = UUID.fromString("00000000-0000-0000-0000-000000000007");

	private final JdbcTemplate jdbc;

	private final ActivityRepository entries;

	ActivityQueryPlans(JdbcTemplate jdbc, ActivityRepository entries) {
		this.jdbc = jdbc;
		this.entries = entries;
	}

	/**
	 * Inserts the entries with one statement: {@code rows} is the vendor's row source
	 * giving the numbers 1 to n as {@code n}, e.g. {@code generate_series(1, 1000000) as
	 * s(n)}.
	 */
	ActivityQueryPlans load(String rows, int workspaces) {
		ActivityAction[] actions = ActivityAction.values();
		StringBuilder action = new StringBuilder("case mod(n, " + actions.length + ")");
		for (int i = 0; i < actions.length; i++) {
			action.append(" when ").append(i).append(" then '").append(actions[i]).append("'");
		}
		action.append(" end");
		this.jdbc.update("insert into activity_entries (id, workspace_id, workspace_name, actor_id, action, subject, "
				+ "source, occurred_at) select " + FIRST_ID + " + n, -mod(n, " + workspaces + ") - 1, 'plans', "
				+ "cast('00000000-0000-0000-0000-' || lpad(cast(mod(n, 1000) as varchar), 12, '0') as uuid), " + action
				+ ", 'subject', 'API', ? from " + rows, Timestamp.from(Instant.now()));
		return this;
	}

	/**
	 * The statements of a workspace's page and of the instance's page, each unfiltered,
	 * by action, by person and by both, and of the retention purge.
	 */
	List<String> workspaceQueries() {
		return statementsOf(WORKSPACE);
	}

	List<String> instanceQueries() {
		return statementsOf(null);
	}

	List<String> purgeQueries() {
		StatementCounter.reset();
		this.entries.findExpired(Instant.now().minus(365, ChronoUnit.DAYS), Limit.of(1000));
		return StatementCounter.statements();
	}

	/**
	 * The plan of one statement, its parameters filled in by the column they are compared
	 * with.
	 */
	String explain(String explainPrefix, String sql) {
		List<Object> parameters = new ArrayList<>();
		Matcher placeholder = PLACEHOLDER.matcher(sql);
		while (placeholder.find()) {
			String before = sql.substring(0, placeholder.start()).toLowerCase().replaceAll("\\s+", " ");
			parameters
				.add(before.endsWith("id<") || before.endsWith("id <") ? FIRST_ID + 500_000
						: before.endsWith("workspace_id=") || before.endsWith("workspace_id =") ? WORKSPACE
								: before.endsWith("action=") || before.endsWith("action =") ? "MEMBER_INVITED"
										: before.endsWith("actor_id=") || before.endsWith("actor_id =") ? PERSON
												: before.endsWith("occurred_at<") || before.endsWith("occurred_at <")
														? Timestamp.from(Instant.now().minus(365, ChronoUnit.DAYS))
														: 51);
		}
		String plan = String.join("\n",
				this.jdbc.queryForList(explainPrefix + sql, String.class, parameters.toArray()));
		System.out.printf("%s%n-> %s%n", sql, plan.replace("\n", "\n   "));
		return plan;
	}

	private List<String> statementsOf(Long workspaceId) {
		StatementCounter.reset();
		for (ActivityAction action : new ActivityAction[] { null, ActivityAction.MEMBER_INVITED }) {
			for (UUID person : new UUID[] { null, PERSON }) {
				this.entries.page(new ActivityFilter(workspaceId, action, person), FIRST_ID + 500_000, 51);
			}
		}
		return StatementCounter.statements();
	}

}
