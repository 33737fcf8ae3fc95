package io.paddock.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many rows at once, by JDBC batches, for tests that need a large instance: going through
 * the services would hash a password per user and take a request per workspace.
 */
public class BulkData {

	private final JdbcTemplate jdbc;

	public BulkData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Workspaces named {@code <prefix>-0000}, {@code <prefix>-0001}, ... (as many digits
	 * as the count needs), each with the owner as its only member.
	 */
	public void workspaces(UUID owner, String prefix, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		String number = "-%0" + String.valueOf(count - 1).length() + "d";
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = prefix + String.format(number, i);
			rows.add(new Object[] { name, name.toLowerCase(), owner, now });
		}
		this.jdbc.batchUpdate("""
				insert into workspaces (name, name_key, archived, created_by, created_at)
				values (?, ?, false, ?, ?)""", rows);
		this.jdbc.update("""
				insert into memberships (workspace_id, user_id, role, since, workspace_name_key)
				select id, ?, 'OWNER', ?, name_key from workspaces where name_key like ?""", owner, now,
				prefix.toLowerCase() + "-%");
	}

	/**
	 * Enabled users {@code <prefix>-0@ex.co}, {@code <prefix>-1@ex.co}, ... with the
	 * password {@link TestUsers#PASSWORD}; returns their ids in that order.
	 */
	public List<UUID> users(String prefix, int count) {
		Timestamp now = Timestamp.from(Instant.now());
		String hash = this.jdbc.queryForObject("select password_hash from users where email_key = ?", String.class,
				TestUsers.ADMIN_EMAIL);
		List<UUID> ids = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			String email = (prefix + "-" + i + "@ex.co").toLowerCase();
			ids.add(id);
			rows.add(new Object[] { id, email, email, "Invitee " + i, hash, now });
		}
		this.jdbc.batchUpdate("""
				insert into users (id, email, email_key, display_name, user_type, password_hash, enabled, created_at)
				values (?, ?, ?, ?, 'USER', ?, true, ?)""", rows);
		return ids;
	}

}
