package io.paddock.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.paddock.support.BulkData;
import io.paddock.support.TestUsers;
import jakarta.persistence.EntityManager;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.query.sqm.spi.InterpretationsKeySource;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code array_has(:values, x)} answers, on whichever database the test runs: the
 * rows whose value is in the array (or, negated, not in it), for the two kinds of ids
 * Paddock binds that way, from a query Hibernate translates once and keeps.
 */
class ArrayHasScenarios {

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	ArrayHasScenarios(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	void findsTheWorkspacesWhoseIdIsInTheArray() {
		String prefix = TestUsers.uniqueName("array");
		UUID owner = users(prefix, 1).get(0);
		new BulkData(this.jdbc).workspaces(owner, prefix, 3);
		List<Long> ids = this.jdbc.queryForList("select id from workspaces where name_key like ? order by name_key",
				Long.class, prefix + "-%");

		List<Long> found = this.entityManager
			.createQuery("select w.id from Workspace w where array_has(:ids, w.id) order by w.name", Long.class)
			.setParameter("ids", new Long[] { ids.get(0), ids.get(2), -1L })
			.getResultList();

		assertThat(found).containsExactly(ids.get(0), ids.get(2));
	}

	void findsTheUsersWhoseIdIsInTheArrayOrNot() {
		String prefix = TestUsers.uniqueName("array");
		List<UUID> ids = users(prefix, 3);
		UUID[] chosen = { ids.get(1), UUID.randomUUID() };

		assertThat(usersOf(prefix, "array_has(:ids, u.id)", chosen)).containsExactly(ids.get(1));
		assertThat(usersOf(prefix, "not array_has(:ids, u.id)", chosen)).containsExactly(ids.get(0), ids.get(2));
		assertThat(usersOf(prefix, "not array_has(:ids, u.id)", new UUID[0])).containsExactlyElementsOf(ids);
	}

	void keepsItsTranslation() {
		assertThat(cacheKeyOf(this.entityManager.createQuery("select w.id from Workspace w where array_has(:ids, w.id)")
			.setParameter("ids", new Long[] { 1L, 2L }))).isNotNull();
		assertThat(cacheKeyOf(this.entityManager.createQuery("select w.id from Workspace w where w.id in :ids")
			.setParameter("ids", List.of(1L, 2L)))).isNull();
	}

	private List<UUID> users(String prefix, int count) {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			UUID id = UUID.randomUUID();
			String email = prefix + "-" + i + "@ex.co";
			this.jdbc.update(
					"""
							insert into users (id, email, email_key, display_name, user_type, password_hash, enabled, created_at)
							values (?, ?, ?, ?, 'USER', 'not-a-hash', true, current_timestamp)""",
					id, email, email, "User " + i);
			ids.add(id);
		}
		return ids;
	}

	private List<UUID> usersOf(String prefix, String condition, UUID[] ids) {
		return this.entityManager
			.createQuery(
					"select u.id from User u where u.emailKey like :prefix and " + condition + " order by u.emailKey",
					UUID.class)
			.setParameter("prefix", prefix + "-%")
			.setParameter("ids", ids)
			.getResultList();
	}

	private static QueryInterpretationCache.Key cacheKeyOf(jakarta.persistence.Query query) {
		return QueryInterpretationCache.createInterpretationsKey(query.unwrap(InterpretationsKeySource.class));
	}

}
