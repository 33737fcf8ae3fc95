package io.paddock.workspace;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import io.paddock.support.StatementCounter;
import io.paddock.support.TestUsers;
import io.paddock.support.BulkData;

import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the database's plan for the list queries of View Workspaces and the navigation
 * panel, as Hibernate writes them, over an instance of realistic shape: many users, each
 * workspace with three members, and one user who belongs to five workspaces.
 */
class QueryPlans {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\?");

	private static final Pattern USER_PARAMETER = Pattern.compile("(user_id|default_for)\\s*(=|<>|!=)\\s*$");

	private static final Pattern LIKE_PARAMETER = Pattern.compile("like\\s*$");

	private static final Pattern ARRAY_PARAMETER = Pattern.compile("any\\(\\s*$");

	private static final Pattern NAME_PARAMETER = Pattern.compile("name_key\\s*[<>]\\s*$");

	private final JdbcTemplate jdbc;

	private final WorkspaceRepository workspaces;

	private final MembershipRepository memberships;

	private final WorkspaceContents contents;

	private final String prefix = TestUsers.uniqueName("plan");

	private UUID memberOfFive;

	private UUID memberOfMany;

	private Long[] firstPage;

	private String deepName;

	QueryPlans(JdbcTemplate jdbc, WorkspaceRepository workspaces, MembershipRepository memberships,
			WorkspaceContents contents) {
		this.jdbc = jdbc;
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.contents = contents;
	}

	/**
	 * Inserts the users and workspaces, each workspace with three of the users as
	 * members, and a user who belongs to five of them.
	 */
	QueryPlans load(int userCount, int workspaceCount) {
		Timestamp now = Timestamp.from(Instant.now());
		List<UUID> users = new ArrayList<>();
		List<Object[]> userRows = new ArrayList<>();
		for (int i = 0; i <= userCount; i++) {
			UUID id = UUID.randomUUID();
			users.add(id);
			String email = this.prefix + "-user-" + i + "@ex.co";
			userRows.add(new Object[] { id, email, email, "User " + i, now });
		}
		this.jdbc.batchUpdate("""
				insert into users (id, email, email_key, display_name, user_type, password_hash, enabled, created_at)
				values (?, ?, ?, ?, 'USER', 'not-a-hash', true, ?)""", userRows);
		this.memberOfFive = users.remove(userCount);
		new BulkData(this.jdbc).workspaces(users.get(0), this.prefix, workspaceCount);
		List<Long> ids = this.jdbc.queryForList("select id from workspaces where name_key like ? order by name_key",
				Long.class, this.prefix + "-%");
		this.firstPage = ids.subList(0, 20).toArray(Long[]::new);
		this.deepName = this.jdbc.queryForObject("select name_key from workspaces where id = ?", String.class,
				ids.get(ids.size() * 4 / 5));
		List<Object[]> memberships = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			memberships.add(new Object[] { ids.get(i), users.get(1 + i % (userCount - 1)), now, ids.get(i) });
			memberships.add(
					new Object[] { ids.get(i), users.get(1 + (i + userCount / 2) % (userCount - 1)), now, ids.get(i) });
			if (i % (workspaceCount / 5) == 0) {
				memberships.add(new Object[] { ids.get(i), this.memberOfFive, now, ids.get(i) });
			}
		}
		this.memberOfMany = users.get(1);
		this.jdbc.batchUpdate("""
				insert into memberships (workspace_id, user_id, role, since, workspace_name_key)
				values (?, ?, 'COLLABORATOR', ?, (select name_key from workspaces where id = ?))""", memberships);
		return this;
	}

	/**
	 * The statements of a member's list, its counts (all and searched) and the navigation
	 * panel's list.
	 */
	List<String> memberQueries() {
		return statementsOf(() -> {
			this.workspaces.memberPage(this.memberOfFive, PageRequest.of(0, 20));
			this.workspaces.memberSearchPage(this.memberOfFive, search(), PageRequest.of(0, 20));
			this.workspaces.countMemberOf(this.memberOfFive);
			this.workspaces.countMemberSearch(this.memberOfFive, search());
			this.workspaces.memberOf(this.memberOfFive, 13);
			this.workspaces.memberOfMatching(this.memberOfFive, search(), 13);
		});
	}

	/**
	 * The statements of a page of a member's list and of the navigation panel's list.
	 */
	List<String> memberPageQueries() {
		return statementsOf(() -> {
			this.workspaces.memberPage(this.memberOfMany, PageRequest.of(0, 20));
			this.workspaces.memberOf(this.memberOfMany, 20);
		});
	}

	/**
	 * The statements of an admin's list (page 1 and a deep page) and search.
	 */
	List<String> adminListQueries() {
		return statementsOf(() -> {
			this.workspaces.findRange(0, 20);
			this.workspaces.findRange(2000, 20);
		});
	}

	/**
	 * The statements of the pages of the admin's list that Next and Previous lead to,
	 * from a name four fifths into the list.
	 */
	List<String> adminNeighbourPageQueries() {
		return statementsOf(() -> {
			this.workspaces.findAfter(this.deepName, 20);
			this.workspaces.findBefore(this.deepName, 20);
		});
	}

	/**
	 * The statement of the admin's total of all workspaces.
	 */
	List<String> adminTotalQueries() {
		return statementsOf(this.workspaces::total);
	}

	List<String> adminSearchQueries() {
		return statementsOf(() -> {
			this.workspaces.searchRange(search(), 0, 21);
			this.workspaces.countSearch(search());
		});
	}

	/**
	 * The statements that fill in the rows of a listed page: the workspaces' members and
	 * how many models and pipelines each holds.
	 */
	List<String> listingQueries() {
		return listingQueries(this.firstPage.length);
	}

	List<String> listingQueries(int rows) {
		Long[] page = Arrays.copyOf(this.firstPage, rows);
		return statementsOf(() -> {
			this.memberships.findMembersOf(page);
			this.contents.countsFor(List.of(page));
		});
	}

	/**
	 * The plan of one statement, its parameters filled in: the member for user ids, the
	 * search for patterns, a page of workspace ids for arrays, a name four fifths into
	 * the list for comparisons with names, 20 for offsets and limits.
	 */
	String explain(String explainPrefix, String sql) {
		return explain(explainPrefix, sql, this.memberOfFive);
	}

	/**
	 * The plan of one statement for a member of about 50 workspaces.
	 */
	String explainForMemberOfMany(String explainPrefix, String sql) {
		return explain(explainPrefix, sql, this.memberOfMany);
	}

	private String explain(String explainPrefix, String sql, UUID member) {
		String plan = String.join("\n",
				this.jdbc.queryForList(explainPrefix + sql, String.class, parameters(sql, member).toArray()));
		System.out.printf("%s%n-> %s%n", sql, plan.replace("\n", "\n   "));
		return plan;
	}

	/**
	 * The plan PostgreSQL uses for a prepared statement once it stops planning each
	 * execution with its parameters (the JDBC driver prepares a statement on the server
	 * after a few executions): one made without knowing the parameters.
	 */
	String explainGeneric(String sql) {
		StringBuilder numbered = new StringBuilder();
		Matcher placeholder = PLACEHOLDER.matcher(sql);
		int number = 0;
		while (placeholder.find()) {
			placeholder.appendReplacement(numbered, "\\$" + (++number));
		}
		placeholder.appendTail(numbered);
		String arguments = parameters(sql, this.memberOfFive).stream()
			.map(QueryPlans::literal)
			.collect(Collectors.joining(", "));
		String plan = this.jdbc.execute((Connection connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("set plan_cache_mode = force_generic_plan");
				statement.execute("prepare generic_probe as " + numbered);
				List<String> lines = new ArrayList<>();
				try (ResultSet rows = statement.executeQuery("explain execute generic_probe(" + arguments + ")")) {
					while (rows.next()) {
						lines.add(rows.getString(1));
					}
				}
				statement.execute("deallocate generic_probe");
				statement.execute("reset plan_cache_mode");
				return String.join("\n", lines);
			}
		});
		System.out.printf("%s%n-> generic: %s%n", numbered, plan.replace("\n", "\n   "));
		return plan;
	}

	private static String literal(Object value) {
		if (value instanceof Integer) {
			return value.toString();
		}
		if (value instanceof Long[] ids) {
			return Arrays.stream(ids).map(String::valueOf).collect(Collectors.joining(",", "'{", "}'"));
		}
		return "'" + value + "'";
	}

	private List<Object> parameters(String sql, UUID member) {
		List<Object> parameters = new ArrayList<>();
		Matcher placeholder = PLACEHOLDER.matcher(sql);
		while (placeholder.find()) {
			String before = sql.substring(0, placeholder.start()).toLowerCase();
			parameters.add(USER_PARAMETER.matcher(before).find() ? member
					: LIKE_PARAMETER.matcher(before).find() ? search() : ARRAY_PARAMETER.matcher(before).find()
							? this.firstPage : NAME_PARAMETER.matcher(before).find() ? this.deepName : 20);
		}
		return parameters;
	}

	/**
	 * What someone types to find a workspace: a short part of a name.
	 */
	private static String search() {
		return "%0123%";
	}

	private static List<String> statementsOf(Runnable queries) {
		StatementCounter.reset();
		queries.run();
		return StatementCounter.statements();
	}

}
