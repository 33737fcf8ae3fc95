package io.paddock.shared;

import java.util.List;
import java.util.UUID;

import io.paddock.support.BulkData;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import jakarta.persistence.EntityManager;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.hibernate.query.sqm.spi.InterpretationsKeySource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code array_has(:values, x)} finds the rows whose value is in the array, in a query
 * Hibernate translates once and keeps, where {@code x in :values} is translated again on
 * every execution.
 */
@Transactional
class QueryFunctionsIT extends IntegrationTest {

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void arrayHasFindsTheRowsWhoseValueIsInTheArray() {
		String prefix = TestUsers.uniqueName("array");
		UUID owner = this.jdbc.queryForObject("select id from users where email_key = ?", UUID.class,
				TestUsers.ADMIN_EMAIL);
		new BulkData(this.jdbc).workspaces(owner, prefix, 3);
		List<Long> ids = this.jdbc.queryForList("select id from workspaces where name_key like ? order by name_key",
				Long.class, prefix + "-%");

		List<Long> found = this.entityManager
			.createQuery("select w.id from Workspace w where array_has(:ids, w.id) order by w.id", Long.class)
			.setParameter("ids", new Long[] { ids.get(0), ids.get(2), -1L })
			.getResultList();

		assertThat(found).containsExactly(ids.get(0), ids.get(2));
	}

	@Test
	void aQueryWithAnArrayIsTranslatedOnceAndKept() {
		assertThat(cacheKeyOf(this.entityManager.createQuery("select w.id from Workspace w where array_has(:ids, w.id)")
			.setParameter("ids", new Long[] { 1L, 2L }))).isNotNull();
		assertThat(cacheKeyOf(this.entityManager.createQuery("select w.id from Workspace w where w.id in :ids")
			.setParameter("ids", List.of(1L, 2L)))).isNull();
	}

	private static QueryInterpretationCache.Key cacheKeyOf(jakarta.persistence.Query query) {
		return QueryInterpretationCache.createInterpretationsKey(query.unwrap(InterpretationsKeySource.class));
	}

}
