package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.support.PostgresTest;
import io.paddock.support.Race;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceContents;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog's queries on PostgreSQL, where an array parameter is bound as a typed
 * array, and its uploads, where a row lock waited for is read again.
 */
class CatalogPostgresIT extends PostgresTest {

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

	private User owner;

	private Workspace workspace;

	@BeforeEach
	void workspaceWithTwoModels() {
		String email = "catalog-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		this.owner = this.accounts.create(new NewUser(email, "Catalog", UserType.USER, "orange-kestrel-lighthouse"));
		this.workspace = this.workspaces.create(this.owner.toActor(), TestUsers.uniqueName("catalog"));
		upload("embedder-o", "embedder.onnx");
		upload("embedder-o", "embedder-2.onnx");
		upload("smodel-o", "smodel.py");
	}

	@Test
	void uploadsOfOneModelAtOnceTakeTurnsAndTheNewestIsTheLatest() throws Exception {
		for (String model : List.of("ranker-o", "smodel-o")) {
			List<Boolean> saved = Race.run(() -> upload(model, "a.py"), () -> upload(model, "b.py"));

			assertThat(saved).containsExactly(true, true);
			List<ModelVersionDetails> history = this.models.history(this.owner.toActor(), this.workspace.getId(),
					model);
			assertThat(history).extracting(ModelVersionDetails::fileName).contains("a.py", "b.py");
			assertThat(this.models.models(this.owner.toActor(), this.workspace.getId()))
				.filteredOn((found) -> found.name().equals(model))
				.singleElement()
				.satisfies((found) -> assertThat(found.version()).isEqualTo(history.get(0).version()));
		}
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
			upload(String.format("many-%02d", i), "many.onnx");
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

	private ModelVersionDetails upload(String name, String fileName) {
		return this.models.upload(this.owner.toActor(), this.workspace.getId(), name, fileName, 4,
				new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 }));
	}

}
