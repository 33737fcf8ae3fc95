package io.paddock.workspace;

import io.paddock.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL, with statistics of an instance of realistic size, the planner reads a
 * member's workspaces through their memberships (also in the generic plan of a prepared
 * statement), an admin's list through the name index, a search through the trigram index
 * and the rows of a listed page by their ids: no sequential scan of a whole table.
 */
@TestInstance(Lifecycle.PER_CLASS)
class PostgresQueryPlansIT extends PostgresTest {

	private final QueryPlans plans;

	PostgresQueryPlansIT(@Autowired JdbcTemplate jdbc, @Autowired WorkspaceRepository workspaces,
			@Autowired MembershipRepository memberships, @Autowired WorkspaceContents contents) {
		this.plans = new QueryPlans(jdbc, workspaces, memberships, contents).load(1_000, 100_000);
		jdbc.execute("vacuum analyze");
	}

	@Test
	void memberListsAndCountsReadTheMembersMemberships() {
		assertThat(this.plans.memberQueries()).hasSize(6)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain("Seq Scan")
				.contains("ix_memberships_user_name"));
	}

	@Test
	void memberListsAndCountsReadTheMembersMembershipsInPreparedStatementsToo() {
		assertThat(this.plans.memberQueries()).hasSize(6)
			.allSatisfy((sql) -> assertThat(this.plans.explainGeneric(sql)).doesNotContain("Seq Scan")
				.doesNotContain("ix_workspaces_name_key_trigrams")
				.contains("ix_memberships_user_name"));
	}

	@Test
	void adminListReadsTheNameIndex() {
		assertThat(this.plans.adminListQueries())
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain("Seq Scan")
				.containsPattern("using (uk_workspaces_name_key|ix_workspaces_name_key_id) on"));
	}

	@Test
	void adminTotalReadsTheKeptRow() {
		assertThat(this.plans.adminTotalQueries()).singleElement()
			.satisfies((sql) -> assertThat(this.plans.explain("explain ", sql)).contains("on workspace_total")
				.doesNotContain("on workspaces"));
	}

	@Test
	void adminsDeepPageWalksTheNamesInTheIndexAlone() {
		String firstPage = this.plans.adminListQueries().get(0);
		String deepPage = firstPage.replaceFirst("offset \\? rows", "offset 80000 rows");
		assertThat(deepPage).isNotEqualTo(firstPage);
		assertThat(this.plans.explain("explain ", deepPage)).doesNotContain("Seq Scan")
			.contains("Index Only Scan using ix_workspaces_name_key_id");
	}

	@Test
	void adminsNextAndPreviousPagesReadOnlyTheirRowsFromTheNameIndex() {
		assertThat(this.plans.adminNeighbourPageQueries()).hasSize(2)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain analyze ", sql)).doesNotContain("Seq Scan")
				.containsPattern("Index Scan (Backward )?using uk_workspaces_name_key on workspaces \\w+\\s+"
						+ "\\(cost=[^)]*\\) \\(actual time=[^)]* rows=20(\\.00)? loops=1\\)")
				.containsPattern("Index Cond: \\(\\(?name_key\\)?(::text)? [<>] "));
	}

	@Test
	void adminSearchReadsTheTrigramIndex() {
		assertThat(this.plans.adminSearchQueries())
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain("Seq Scan")
				.contains("ix_workspaces_name_key_trigrams"));
	}

	@Test
	void adminSearchReadsTheTrigramIndexInPreparedStatementsToo() {
		assertThat(this.plans.adminSearchQueries())
			.allSatisfy((sql) -> assertThat(this.plans.explainGeneric(sql)).doesNotContain("Seq Scan")
				.contains("ix_workspaces_name_key_trigrams"));
	}

	@Test
	void listedRowsReadTheirMembersAndContentsByIndex() {
		assertThat(this.plans.listingQueries()).hasSize(2)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql))
				.doesNotContainPattern("Seq Scan on (workspaces|memberships)")
				.containsPattern("Index Cond: \\((workspace_id|id) = ANY"));
	}

	@Test
	void listedRowsReadTheirMembersAndContentsByIndexInPreparedStatementsToo() {
		assertThat(this.plans.listingQueries()).hasSize(2)
			.allSatisfy((sql) -> assertThat(this.plans.explainGeneric(sql))
				.doesNotContainPattern("Seq Scan on (workspaces|memberships)")
				.containsPattern("Index Cond: \\((workspace_id|id) = ANY \\(\\$1\\)"));
	}

}
