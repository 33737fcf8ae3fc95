package io.paddock.shared;

import io.paddock.support.IntegrationTest;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code array_has(:values, x)} on H2: see {@link ArrayHasScenarios}. Where
 * {@code x in :values} is translated again on every execution, its query keeps one
 * translation.
 */
@Transactional
class QueryFunctionsIT extends IntegrationTest {

	private final ArrayHasScenarios scenarios;

	QueryFunctionsIT(@Autowired EntityManager entityManager, @Autowired JdbcTemplate jdbc) {
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

	@Test
	void aQueryWithAnArrayIsTranslatedOnceAndKept() {
		this.scenarios.keepsItsTranslation();
	}

}
