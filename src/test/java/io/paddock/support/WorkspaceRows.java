package io.paddock.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many workspaces straight into the database (JDBC batches, not the services),
 * each with one owner, for tests that need an instance of realistic size.
 */
public final class WorkspaceRows {

	private WorkspaceRows() {
	}

	/**
	 * Inserts workspaces named {@code prefix-0000}, {@code prefix-0001}, ... owned by the
	 * given user.
	 */
	public static void insert(JdbcTemplate jdbc, UUID owner, String prefix, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = prefix + String.format("-%04d", i);
			rows.add(new Object[] { name, name, owner, now });
		}
		jdbc.batchUpdate("""
				insert into workspaces (name, name_key, archived, created_by, created_at)
				values (?, ?, false, ?, ?)""", rows);
		jdbc.update("""
				insert into memberships (workspace_id, user_id, role, since)
				select id, ?, 'OWNER', ? from workspaces where name_key like ?""", owner, now, prefix + "-%");
	}

}
