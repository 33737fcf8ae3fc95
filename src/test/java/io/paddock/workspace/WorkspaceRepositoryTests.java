package io.paddock.workspace;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Runs the Flyway migrations with {@code ddl-auto=validate} and checks what the schema
 * enforces by itself.
 */
@DataJpaTest
class WorkspaceRepositoryTests {

	@Autowired
	WorkspaceRepository workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void saveWhenNameDiffersOnlyInCaseThenDatabaseRefuses() {
		UUID creator = insertUser();
		this.workspaces.saveAndFlush(Workspace.named(new WorkspaceName("imdb-workspace"), creator, Instant.now()));

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.workspaces
			.saveAndFlush(Workspace.named(new WorkspaceName("IMDB-Workspace"), creator, Instant.now())));
	}

	@Test
	void eachUserHasAtMostOneDefaultWorkspace() {
		UUID user = insertUser();
		this.workspaces.saveAndFlush(Workspace.defaultFor(user, "a@ex.co", Instant.now()));

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.workspaces.saveAndFlush(Workspace.defaultFor(user, "b@ex.co", Instant.now())));
	}

	private UUID insertUser() {
		UUID id = UUID.randomUUID();
		this.jdbc.update("""
				insert into users (id, email, email_key, display_name, user_type, password_hash, enabled, created_at)
				values (?, ?, ?, 'Test', 'USER', 'x', true, current_timestamp)""", id, id + "@ex.co", id + "@ex.co");
		return id;
	}

}
