package io.paddock.activity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, with statistics of a million entries over 100,000 workspaces, the
 * planner reads every activity page and the purge's batch through an index (never a
 * sequential scan of the entries), at a small estimated cost.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ActivityPostgresQueryPlansIT extends PostgresTest {

	private static final Pattern TOTAL_COST = Pattern.compile("cost=[0-9.]+\\.\\.([0-9.]+)");

	private final ActivityQueryPlans plans;

	ActivityPostgresQueryPlansIT(@Autowired JdbcTemplate jdbc, @Autowired ActivityRepository entries) {
		this.plans = new ActivityQueryPlans(jdbc, entries).load("generate_series(1, 1000000) as s(n)", 100_000);
		jdbc.execute("analyze activity_entries");
	}

	@Test
	void workspacePagesReadAWorkspaceIndexInOrder() {
		assertThat(this.plans.workspaceQueries()).hasSize(4)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql))
				.doesNotContain("Seq Scan on activity_entries")
				.contains("ix_activity_workspace")
				.satisfies(ActivityPostgresQueryPlansIT::cheap));
	}

	@Test
	void instancePagesReadAnIndexInOrder() {
		assertThat(this.plans.instanceQueries()).hasSize(4)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql))
				.doesNotContain("Seq Scan on activity_entries")
				.containsPattern(
						"(Index Scan (Backward )?using|Bitmap Index Scan on) (ix_activity_|activity_entries_pkey)")
				.satisfies(ActivityPostgresQueryPlansIT::cheap));
	}

	@Test
	void purgeReadsAnIndex() {
		assertThat(this.plans.purgeQueries()).hasSize(1)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain("Seq Scan")
				.satisfies(ActivityPostgresQueryPlansIT::cheap));
	}

	/**
	 * The planner's estimate for the whole statement is a small part of reading the table
	 * (about 40,000 for a million entries): the index finds the page's rows, and at most
	 * a few of them are sorted.
	 */
	private static void cheap(String plan) {
		Matcher cost = TOTAL_COST.matcher(plan);
		assertThat(cost.find()).as(plan).isTrue();
		assertThat(Double.parseDouble(cost.group(1))).as(plan).isLessThan(5_000);
	}

}
