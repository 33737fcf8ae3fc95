package io.paddock.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.support.IntegrationTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2 (the default database), a member's workspaces are read through their memberships
 * (by an index on the user: the new one, or for a plain count the one H2 keeps for the
 * foreign key), an admin's list through the name index and the rows of a listed page by
 * their ids, in one array, never by scanning a whole table.
 */
@TestInstance(Lifecycle.PER_CLASS)
class H2QueryPlansIT extends IntegrationTest {

	/**
	 * The index a read of the memberships used and how many entries it read, in a plan of
	 * {@code explain analyze} (a read that H2 does not count, inside {@code exists}, is
	 * skipped).
	 */
	private static final Pattern MEMBERSHIPS_READ = Pattern.compile(
			"\"MEMBERSHIPS\" \"\\w+\"\\s*/\\* PUBLIC\\.(\\w+):(?:(?!\"MEMBERSHIPS\").)*?scanCount: (\\d+)",
			Pattern.DOTALL);

	/**
	 * How many entries a read of the name index from a given name read, in a plan of
	 * {@code explain analyze}.
	 */
	private static final Pattern NAME_INDEX_READ = Pattern
		.compile("PUBLIC\\.UK_WORKSPACES_NAME_KEY\\w*: NAME_KEY [<>] \\?1 \\*/\\s*/\\* scanCount: (\\d+)");

	private final QueryPlans plans;

	H2QueryPlansIT(@Autowired JdbcTemplate jdbc, @Autowired WorkspaceRepository workspaces,
			@Autowired MembershipRepository memberships, @Autowired WorkspaceContents contents) {
		this.plans = new QueryPlans(jdbc, workspaces, memberships, contents).load(200, 5_000);
	}

	@Test
	void memberListsAndCountsReadTheMembersMemberships() {
		assertThat(this.plans.memberQueries()).hasSize(6).allSatisfy((sql) -> {
			String plan = this.plans.explain("explain ", sql);
			assertThat(plan).doesNotContain(".tableScan").containsPattern("MEMBERSHIPS_USER\\w*: USER_ID = \\?\\d");
		});
	}

	@Test
	void aPageOfAMembersWorkspacesReadsItsOwnMemberships() {
		assertThat(this.plans.memberPageQueries()).hasSize(2).allSatisfy((sql) -> {
			Matcher read = MEMBERSHIPS_READ.matcher(this.plans.explainForMemberOfMany("explain analyze ", sql));
			List<Integer> entriesRead = new ArrayList<>();
			while (read.find()) {
				if (read.group(1).equals("IX_MEMBERSHIPS_USER_NAME")) {
					entriesRead.add(Integer.parseInt(read.group(2)));
				}
			}
			assertThat(entriesRead).singleElement()
				.asInstanceOf(InstanceOfAssertFactories.INTEGER)
				.isLessThanOrEqualTo(22);
		});
	}

	@Test
	void adminListReadsTheNameIndex() {
		assertThat(this.plans.adminListQueries())
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain(".tableScan")
				.contains("UK_WORKSPACES_NAME_KEY"));
	}

	@Test
	void adminsNextAndPreviousPagesReadOnlyTheirRowsFromTheNameIndex() {
		assertThat(this.plans.adminNeighbourPageQueries()).hasSize(2).allSatisfy((sql) -> {
			String plan = this.plans.explain("explain analyze ", sql);
			Matcher read = NAME_INDEX_READ.matcher(plan);
			assertThat(plan).doesNotContain(".tableScan").contains("/* index sorted */");
			assertThat(read.find()).as("a read of the name index from a name").isTrue();
			assertThat(Integer.parseInt(read.group(1))).isLessThanOrEqualTo(21);
		});
	}

	@Test
	void adminTotalIsTheRowCountH2Keeps() {
		assertThat(this.plans.adminTotalQueries()).singleElement()
			.satisfies((sql) -> assertThat(this.plans.explain("explain ", sql)).contains("/* direct lookup */")
				.doesNotContain(".tableScan"));
	}

	@Test
	void adminSearchReadsTheNameIndex() {
		assertThat(this.plans.adminSearchQueries())
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain(".tableScan"));
	}

	@Test
	void listedRowsReadTheirMembersAndContentsByIndex() {
		assertThat(this.plans.listingQueries()).hasSize(2)
			.allSatisfy((sql) -> assertThat(this.plans.explain("explain ", sql)).doesNotContain(".tableScan")
				.containsPattern("(FK_MEMBERSHIPS_WORKSPACE_INDEX_\\w+|PRIMARY_KEY_\\w+): (WORKSPACE_ID|ID) IN\\("));
	}

	@Test
	void listedRowsAreReadByTheSameStatementsWhateverTheirNumber() {
		assertThat(this.plans.listingQueries(3)).isEqualTo(this.plans.listingQueries(20));
	}

}
