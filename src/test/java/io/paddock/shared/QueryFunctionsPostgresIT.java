package io.paddock.shared;

import io.paddock.support.PostgresTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code array_has(:values, x)} on PostgreSQL, with arrays of {@code bigint} and of
 * {@code uuid}: see {@link ArrayHasScenarios}.
 */
@Transactional
class QueryFunctionsPostgresIT extends PostgresTest {

	private final ArrayHasScenarios scenarios;

	QueryFunctionsPostgresIT(@Autowired EntityManager entityManager, @Autowired JdbcTemplate jdbc) {
		this.scenarios = new ArrayHasScenarios(entityManager, jdbc);
	}

	@Test
	void arrayHasFindsTheWorkspacesWhoseIdIsInTheArray() {
		this.scenarios.findsTheWorkspacesWhoseIdIsInTheArray();
	}

	@Test
	void arrayHasFindsTheUsersWhoseIdIsInTheArrayOrNot() {
		this.scenarios.findsTheUsersWhoseIdIsInTheArrayOrNot();
	}

}
