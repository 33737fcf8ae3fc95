package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.paddock.account.Actor;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceNotFoundException;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Pipeline rules as the dashboard and the API share them, through {@link PipelineService}
 * and {@link ModelService}.
 */
class PipelineIT extends IntegrationTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	PipelineService pipelines;

	@Autowired
	ModelService models;

	private Actor steve;

	private Workspace workspace;

	private ModelVersionDetails embedderV1;

	@BeforeEach
	void workspaceWithTwoModels() {
		this.steve = this.users.user("Steve").toActor();
		this.workspace = this.workspaces.create(this.steve, TestUsers.uniqueName("imdb"));
		this.embedderV1 = upload("embedder-o", "embedder.onnx");
		upload("embedder-o", "embedder-2.onnx");
		upload("smodel-o", "smodel.py");
	}

	@Test
	void createWithLatestAndPinnedStepsThenDefinitionIsJsonInOrder() {
		PipelineInfo created = this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline", List
			.of(new StepRequest("embedder-o", this.embedderV1.version().toString()), StepRequest.latest("smodel-o")));

		assertThat(created.definition()).isEqualTo("[{\"model\":\"embedder-o\",\"version\":\""
				+ this.embedderV1.version() + "\"},{\"model\":\"smodel-o\",\"version\":\"latest\"}]");
		assertThat(this.pipelines.pipelines(this.steve, id())).singleElement().satisfies((p) -> {
			assertThat(p.name()).isEqualTo("imdb-pipeline");
			assertThat(p.definition()).isEqualTo(created.definition());
			assertThat(p.createTime()).isNotNull();
		});
	}

	@Test
	void queryMethodsWhenSerializedThenApiFieldNames() {
		this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline", List.of(StepRequest.latest("smodel-o")));
		JsonMapper json = JsonMapper.builder().build();

		String models = json.writeValueAsString(this.models.models(this.steve, id()));
		String pipelines = json.writeValueAsString(this.pipelines.pipelines(this.steve, id()));

		assertThat(models).contains("\"name\":\"embedder-o\"", "\"version\":\"", "\"file_name\":\"embedder-2.onnx\"",
				"\"last_update_time\":");
		assertThat(pipelines).contains("\"name\":\"imdb-pipeline\"", "\"create_time\":",
				"\"definition\":[{\"model\":\"smodel-o\",\"version\":\"latest\"}]");
	}

	@Test
	void stepChoicesListEveryModelOnceAndTheVersionsOfTheChosenOnly() {
		StepChoices choices = this.models.stepChoices(this.steve, id(), List.of("Embedder-O", "missing-o"));

		assertThat(choices.models()).containsExactly("embedder-o", "smodel-o");
		assertThat(choices.versionsOf("Embedder-O")).extracting(ModelVersionDetails::fileName)
			.containsExactly("embedder-2.onnx", "embedder.onnx");
		assertThat(choices.versionsOf("missing-o")).isEmpty();
		assertThat(choices.versionsOf("smodel-o")).isEmpty();
		assertThat(this.models.stepChoices(this.steve, id(), List.of()).models()).containsExactly("embedder-o",
				"smodel-o");
		Actor mallory = this.users.user("Mallory").toActor();
		assertThatExceptionOfType(WorkspaceNotFoundException.class)
			.isThrownBy(() -> this.models.stepChoices(mallory, id(), List.of("embedder-o")));
	}

	@Test
	void createWhenNameBreaksRulesThenRefusedSayingWhich() {
		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> this.pipelines.createPipeline(this.steve, id(), "imdb.pipeline",
					List.of(StepRequest.latest("smodel-o"))))
			.withMessageContaining("must be DNS-compatible")
			.withMessageContaining("the dot '.' at position 5")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("name"));
	}

	@Test
	void createWhenNameTakenIgnoringCaseThenConflict() {
		this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline", List.of(StepRequest.latest("smodel-o")));

		assertThatExceptionOfType(CatalogConflictException.class)
			.isThrownBy(() -> this.pipelines.createPipeline(this.steve, id(), "IMDB-Pipeline",
					List.of(StepRequest.latest("smodel-o"))))
			.withMessageContaining("already exists");
	}

	@Test
	void createWhenSameNameInAnotherWorkspaceThenAllowed() {
		this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline", List.of(StepRequest.latest("smodel-o")));
		Workspace other = this.workspaces.create(this.steve, TestUsers.uniqueName("other"));
		this.models.upload(this.steve, other.getId(), "smodel-o", "smodel.py", 4, content());

		this.pipelines.createPipeline(this.steve, other.getId(), "imdb-pipeline",
				List.of(StepRequest.latest("smodel-o")));

		assertThat(this.pipelines.pipelines(this.steve, other.getId())).hasSize(1);
	}

	@Test
	void createWhenStepNamesMissingModelThenRefusedNamingTheStep() {
		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline",
					List.of(StepRequest.latest("smodel-o"), StepRequest.latest("missing-o"))))
			.withMessage("Step 2 names model missing-o, which does not exist in " + this.workspace.getName() + ".");
		assertThat(this.pipelines.pipelines(this.steve, id())).isEmpty();
	}

	@Test
	void createWhenStepPinsVersionOfAnotherModelThenRefused() {
		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline",
					List.of(new StepRequest("smodel-o", this.embedderV1.version().toString()))))
			.withMessageContaining("which model smodel-o does not have");
	}

	@Test
	void createWhenStepNamesModelOfAnotherWorkspaceThenRefused() {
		Workspace other = this.workspaces.create(this.steve, TestUsers.uniqueName("other"));
		this.models.upload(this.steve, other.getId(), "other-o", "other.py", 4, content());

		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline",
					List.of(StepRequest.latest("other-o"))))
			.withMessageContaining("does not exist in " + this.workspace.getName());
	}

	@Test
	void createWhenNoStepsThenRefused() {
		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> this.pipelines.createPipeline(this.steve, id(), "imdb-pipeline", List.of()))
			.withMessageContaining("at least one step")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("steps"));
	}

	@Test
	void createWhenNotMemberThenWorkspaceDoesNotExist() {
		Actor mallory = this.users.user("Mallory").toActor();

		assertThatExceptionOfType(WorkspaceNotFoundException.class).isThrownBy(() -> this.pipelines
			.createPipeline(mallory, id(), "sneaky-pipeline", List.of(StepRequest.latest("smodel-o"))));
		assertThatExceptionOfType(WorkspaceNotFoundException.class)
			.isThrownBy(() -> this.pipelines.pipelines(mallory, id()));
		assertThatExceptionOfType(WorkspaceNotFoundException.class).isThrownBy(() -> this.models.models(mallory, id()));
	}

	@Test
	void createWhenAdminNotMemberThenAllowed() {
		Actor admin = this.users.instanceAdmin().toActor();

		this.pipelines.createPipeline(admin, id(), "admin-pipeline", List.of(StepRequest.latest("smodel-o")));

		assertThat(this.pipelines.pipelines(this.steve, id())).extracting(PipelineInfo::name)
			.containsExactly("admin-pipeline");
	}

	@Test
	void removeModelWhenPinnedByPipelineThenRefusedNamingEveryPipeline() {
		this.pipelines.createPipeline(this.steve, id(), "b-pipeline",
				List.of(new StepRequest("embedder-o", this.embedderV1.version().toString())));
		this.pipelines.createPipeline(this.steve, id(), "a-pipeline", List.of(StepRequest.latest("Embedder-O")));

		assertThatExceptionOfType(CatalogConflictException.class)
			.isThrownBy(() -> this.models.removeModel(this.steve, id(), "embedder-o"))
			.withMessage("Model embedder-o is used by pipelines a-pipeline, b-pipeline; delete them first.");

		this.pipelines.deletePipeline(this.steve, id(), "a-pipeline");
		this.pipelines.deletePipeline(this.steve, id(), "b-pipeline");
		this.models.removeModel(this.steve, id(), "embedder-o");
		assertThat(this.models.models(this.steve, id())).extracting(ModelInfo::name).containsExactly("smodel-o");
	}

	@Test
	void removeModelWhileCreatingPipelineThenNeverBothSucceed() throws Exception {
		for (int round = 0; round < 10; round++) {
			String model = "racy-" + round;
			upload(model, "racy.onnx");
			CountDownLatch start = new CountDownLatch(1);
			ExecutorService threads = Executors.newFixedThreadPool(2);
			Future<Boolean> removed = threads
				.submit(() -> succeeded(start, () -> this.models.removeModel(this.steve, id(), model)));
			Future<Boolean> created = threads.submit(() -> succeeded(start, () -> this.pipelines
				.createPipeline(this.steve, id(), "uses-" + model, List.of(StepRequest.latest(model)))));
			start.countDown();
			boolean bothSucceeded = removed.get(10, TimeUnit.SECONDS) && created.get(10, TimeUnit.SECONDS);
			threads.shutdown();

			assertThat(bothSucceeded).as("round %d: model removed and a pipeline created using it", round).isFalse();
		}
	}

	private static boolean succeeded(CountDownLatch start, Runnable action) throws InterruptedException {
		start.await();
		try {
			action.run();
			return true;
		}
		catch (CatalogException | CatalogItemNotFoundException ex) {
			return false;
		}
	}

	private long id() {
		return this.workspace.getId();
	}

	private ModelVersionDetails upload(String name, String fileName) {
		return this.models.upload(this.steve, id(), name, fileName, 4, content());
	}

	private static ByteArrayInputStream content() {
		return new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 });
	}

}
