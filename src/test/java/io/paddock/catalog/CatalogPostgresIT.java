package io.paddock.catalog;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.support.PostgresTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceContents;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's queries on PostgreSQL, where an array parameter is bound as a typed
 * array.
 */
class CatalogPostgresIT extends PostgresTest {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	AccountService accounts;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ModelService models;

	@Autowired
	PipelineService pipelines;

	@Autowired
	WorkspaceContents contents;

	@Autowired
	JdbcTemplate jdbc;

	private User owner;

	private Workspace workspace;

	@BeforeEach
	void workspaceWithTwoModels() {
		String email = "catalog-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		this.owner = this.accounts.create(new NewUser(email, "Catalog", UserType.USER, "orange-kestrel-lighthouse"));
		this.workspace = this.workspaces.create(this.owner.toActor(), TestUsers.uniqueName("catalog"));
		version("embedder-o", "embedder.onnx", 1);
		version("embedder-o", "embedder-2.onnx", 2);
		version("smodel-o", "smodel.py", 3);
	}

	@Test
	void stepChoicesListEveryModelOnceAndTheVersionsOfTheChosenOnly() {
		StepChoices choices = this.models.stepChoices(this.owner.toActor(), this.workspace.getId(),
				List.of("Embedder-O", "missing-o"));

		assertThat(choices.models()).containsExactly("embedder-o", "smodel-o");
		assertThat(choices.versionsOf("Embedder-O")).extracting(ModelVersionDetails::fileName)
			.containsExactly("embedder-2.onnx", "embedder.onnx");
		assertThat(choices.versionsOf("missing-o")).isEmpty();
		assertThat(choices.versionsOf("smodel-o")).isEmpty();
	}

	@Test
	void modelsAndPipelinesComeAPageAtATimeWithTheirVersionCountsAndSteps() {
		for (int i = 1; i <= 23; i++) {
			version(String.format("many-%02d", i), "many.onnx", 10 + i);
			this.pipelines.createPipeline(this.owner.toActor(), this.workspace.getId(),
					String.format("pipeline-%02d", i),
					List.of(StepRequest.latest("embedder-o"), StepRequest.latest(String.format("many-%02d", i))));
		}

		Slice<ModelDetails> models = this.models.latestModels(this.owner.toActor(), this.workspace.getId(),
				PageRequest.of(0, 20));
		assertThat(models.getContent()).hasSize(20).first().satisfies((model) -> {
			assertThat(model.name()).isEqualTo("embedder-o");
			assertThat(model.versions()).isEqualTo(2);
			assertThat(model.latest().fileName()).isEqualTo("embedder-2.onnx");
		});
		assertThat(models.hasNext()).isTrue();
		assertThat(this.models.latestModels(this.owner.toActor(), this.workspace.getId(), PageRequest.of(1, 20)))
			.extracting(ModelDetails::name)
			.containsExactly("many-20", "many-21", "many-22", "many-23", "smodel-o");

		Slice<PipelineDetails> pipelines = this.pipelines.pipelineDetails(this.owner.toActor(), this.workspace.getId(),
				PageRequest.of(1, 20));
		assertThat(pipelines.hasNext()).isFalse();
		assertThat(pipelines.getContent()).extracting(PipelineDetails::name)
			.containsExactly("pipeline-21", "pipeline-22", "pipeline-23");
		assertThat(pipelines.getContent()).allSatisfy((pipeline) -> assertThat(pipeline.steps()).hasSize(2));

		WorkspaceContents.Summary all = this.contents.summaryOf(this.workspace.getId());
		assertThat(all.models()).hasSize(25);
		assertThat(all.pipelines()).hasSize(23).allSatisfy((pipeline) -> assertThat(pipeline.steps()).isEqualTo(2));
		WorkspaceContents.Preview preview = this.contents.previewOf(this.workspace.getId(), 10);
		assertThat(preview.models()).hasSize(10);
		assertThat(preview.moreModels()).isTrue();
		assertThat(preview.pipelines()).hasSize(10);
		assertThat(preview.morePipelines()).isTrue();
	}

	private void version(String name, String fileName, int minutes) {
		this.jdbc.update("""
				insert into model_versions (id, workspace_id, name, name_key, file_name, size_bytes, sha256,
				  uploaded_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(),
				this.workspace.getId(), name, name, fileName, 1024L, "0".repeat(64), this.owner.getId(),
				Timestamp.from(START.plusSeconds(60L * minutes)));
	}

}
