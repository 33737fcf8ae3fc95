package io.paddock.activity;

import io.paddock.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 (the default database) every activity page is read from an index in the order
 * shown (the instance's unfiltered one from the primary key), whatever the filters, so a
 * page costs the same however many entries there are.
 */
@TestInstance(Lifecycle.PER_CLASS)
class ActivityH2QueryPlansIT extends IntegrationTest {

	private final ActivityQueryPlans plans;

	ActivityH2QueryPlansIT(@Autowired JdbcTemplate jdbc, @Autowired ActivityRepository entries) {
		this.plans = new ActivityQueryPlans(jdbc, entries).load("system_range(1, 200000) as s(n)", 10_000);
	}

	@Test
	void workspacePagesReadAWorkspaceIndexInOrder() {
		assertThat(this.plans.workspaceQueries()).hasSize(4)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain(".tableScan")
				.contains("/* PUBLIC.IX_ACTIVITY_WORKSPACE")
				.contains("/* index sorted */"));
	}

	@Test
	void instancePagesReadAnIndexInOrder() {
		assertThat(this.plans.instanceQueries()).hasSize(4)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain(".tableScan")
				.containsPattern("ACTIVITY_ENTRIES\" \"AE1_0\"\\s+/\\* PUBLIC\\.(IX_ACTIVITY_|PRIMARY_KEY)")
				.contains("/* index sorted */"));
	}

	@Test
	void purgeReadsTheTimeIndex() {
		assertThat(this.plans.purgeQueries()).hasSize(1)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain(".tableScan")
				.contains("IX_ACTIVITY_OCCURRED_AT"));
	}

}
