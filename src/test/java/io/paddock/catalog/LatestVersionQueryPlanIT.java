package io.paddock.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.StatementCounter;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On H2, the latest versions of a workspace's models are read one index entry per model,
 * however many versions the models have.
 */
class LatestVersionQueryPlanIT extends IntegrationTest {

	private static final Pattern READ = Pattern
		.compile("\"MODEL_VERSIONS\" \"\\w+\"\\s*/\\* PUBLIC\\.(\\w+):.*?scanCount: (\\d+)", Pattern.DOTALL);

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ModelVersionRepository versions;

	@Autowired
	JdbcTemplate jdbc;

	private Workspace workspace;

	private Instant start;

	/**
	 * 30 models of 40 versions each.
	 */
	@BeforeEach
	void workspaceWithManyVersions() {
		User owner = this.users.user("Olga");
		this.workspace = this.workspaces.create(owner.toActor(), TestUsers.uniqueName("plan"));
		this.start = Instant.parse("2026-01-01T00:00:00Z");
		List<Object[]> rows = new ArrayList<>();
		for (int model = 0; model < 30; model++) {
			for (int version = 0; version < 40; version++) {
				String name = "model-" + model;
				rows.add(new Object[] { UUID.randomUUID(), this.workspace.getId(), name, name, "model.onnx",
						"0".repeat(64), owner.getId(), Timestamp.from(this.start.plusSeconds(version)),
						(version == 39) ? name : null });
			}
		}
		this.jdbc.batchUpdate("""
				insert into model_versions (id, workspace_id, name, name_key, file_name, size_bytes, sha256,
				  uploaded_by, created_at, latest_key) values (?, ?, ?, ?, ?, 1024, ?, ?, ?, ?)""", rows);
	}

	@Test
	void aPageOfLatestVersionsReadsOneEntryPerModel() {
		StatementCounter.reset();
		assertThat(this.versions.findLatestDetailsRange(this.workspace.getId(), 0, 21)).hasSize(21)
			.allSatisfy((latest) -> assertThat(latest.lastUpdateTime()).isEqualTo(this.start.plusSeconds(39)));

		assertThat(readsOfLastStatement(this.workspace.getId(), 0, 21))
			.containsExactly(new Read("UK_MODEL_VERSIONS_LATEST", 30 + 1));
	}

	@Test
	void stepChoicesReadTheLatestVersionsAndTheChosenModelsVersionsOnly() {
		StatementCounter.reset();
		assertThat(this.versions.findLatestAndVersionsOf(this.workspace.getId(), new String[] { "model-7" }))
			.hasSize(30 + 40);

		assertThat(readsOfLastStatement(this.workspace.getId(), this.workspace.getId(), new String[] { "model-7" }))
			.containsExactly(new Read("UK_MODEL_VERSIONS_LATEST", 30 + 1), new Read("UK_MODEL_VERSIONS_LATEST", 30 + 1),
					new Read("IX_MODEL_VERSIONS_NAME", 40 + 1));
	}

	@Test
	void versionCountsReadTheVersionsOfTheModelsCountedOnly() {
		StatementCounter.reset();
		assertThat(this.versions.countVersionsByName(this.workspace.getId(), new String[] { "model-7", "model-8" }))
			.extracting((row) -> row[1])
			.containsExactly(40L, 40L);

		assertThat(readsOfLastStatement(this.workspace.getId(), new String[] { "model-7", "model-8" }))
			.containsExactly(new Read("UK_MODEL_VERSIONS_LATEST", 30 + 1), new Read("IX_MODEL_VERSIONS_NAME", 2 * 41));
	}

	/**
	 * Which index each read of {@code model_versions} used and how many entries it read,
	 * by the plan of the statement just run.
	 */
	private List<Read> readsOfLastStatement(Object... parameters) {
		String plan = String.join("\n", this.jdbc
			.queryForList("explain analyze " + StatementCounter.statements().get(0), String.class, parameters));
		System.out.println(plan);
		List<Read> reads = new ArrayList<>();
		Matcher read = READ.matcher(plan);
		while (read.find()) {
			reads.add(new Read(read.group(1), Integer.parseInt(read.group(2))));
		}
		return reads;
	}

	private record Read(String index, int entries) {
	}

}
