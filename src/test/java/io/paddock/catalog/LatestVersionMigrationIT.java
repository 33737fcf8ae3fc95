package io.paddock.catalog;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The migration that keeps each model's latest version marked finds it among the versions
 * already uploaded, on H2 and on PostgreSQL: the newest by upload time, and of two
 * uploaded at the same instant the one the version history lists first.
 */
class LatestVersionMigrationIT {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	private static final UUID FIRST_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

	private static final UUID SECOND_ID = UUID.fromString("00000000-0000-0000-0000-000000000002");

	@Test
	void marksTheNewestVersionOfEachModelOnH2() {
		check(new DriverManagerDataSource("jdbc:h2:mem:latest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""),
				"h2");
	}

	@Test
	void marksTheNewestVersionOfEachModelOnPostgresql() throws IOException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			check(postgres.getPostgresDatabase(), "postgresql");
		}
	}

	private static void check(DataSource dataSource, String vendor) {
		migrations(dataSource, vendor).target("12.4").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		UUID user = UUID.randomUUID();
		jdbc.update("""
				insert into users (id, email, email_key, display_name, user_type, password_hash, enabled, created_at)
				values (?, 'uploader@ex.co', 'uploader@ex.co', 'Uploader', 'USER', 'not-a-hash', true, ?)""", user,
				Timestamp.from(START));
		jdbc.update("""
				insert into workspaces (name, name_key, archived, created_by, created_at)
				values ('ws', 'ws', false, ?, ?)""", user, Timestamp.from(START));
		long workspace = jdbc.queryForObject("select id from workspaces", Long.class);
		UUID embedderNewest = UUID.randomUUID();
		UUID smodel = UUID.randomUUID();
		version(jdbc, workspace, user, UUID.randomUUID(), "Embedder-O", 1);
		version(jdbc, workspace, user, embedderNewest, "Embedder-O", 3);
		version(jdbc, workspace, user, UUID.randomUUID(), "embedder-o", 2);
		version(jdbc, workspace, user, smodel, "smodel-o", 1);
		version(jdbc, workspace, user, SECOND_ID, "tied-o", 4);
		version(jdbc, workspace, user, FIRST_ID, "tied-o", 4);

		migrations(dataSource, vendor).load().migrate();

		Map<String, UUID> latest = jdbc
			.queryForList("select latest_key, id from model_versions where latest_key is not null")
			.stream()
			.collect(Collectors.toMap((row) -> (String) row.get("latest_key"), (row) -> (UUID) row.get("id")));
		assertThat(latest).containsOnly(Map.entry("embedder-o", embedderNewest), Map.entry("smodel-o", smodel),
				Map.entry("tied-o", FIRST_ID));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> jdbc.update("update model_versions set latest_key = name_key where id = ?", SECOND_ID));
	}

	private static FluentConfiguration migrations(DataSource dataSource, String vendor) {
		return Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor);
	}

	private static void version(JdbcTemplate jdbc, long workspace, UUID user, UUID id, String name, int minutes) {
		jdbc.update("""
				insert into model_versions (id, workspace_id, name, name_key, file_name, size_bytes, sha256,
				  uploaded_by, created_at) values (?, ?, ?, ?, 'model.onnx', 1024, ?, ?, ?)""", id, workspace, name,
				name.toLowerCase(), "0".repeat(64), user, Timestamp.from(START.plusSeconds(60L * minutes)));
	}

}
