package io.paddock.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.catalog.ModelInfo;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.PipelineInfo;
import io.paddock.catalog.PipelineService;
import io.paddock.catalog.StepRequest;
import io.paddock.shared.StartupLock;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Completes the example instance of the original guide (steve@ex.co and john@ex.co,
 * steve's four workspaces, each with models and a pipeline) when started with
 * {@code --paddock.demo-data=true}: every item that is missing is added, every item that
 * exists is left as it is, and the log says what was added. Runs under the
 * {@link StartupLock}, so replicas starting together add each item once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "paddock-demo";

	static final String OWNER = "steve@ex.co";

	static final List<ExampleUser> USERS = List.of(new ExampleUser(OWNER, "Steve"),
			new ExampleUser("john@ex.co", "John"));

	static final List<ExampleWorkspace> WORKSPACES = List.of(
			new ExampleWorkspace("aloha-workspace", List.of(new ExampleModel("aloha-cnn-lstm", "aloha-cnn-lstm.onnx")),
					"aloha-pipeline"),
			new ExampleWorkspace("ccfraud-workspace", List.of(new ExampleModel("ccfraud-xgb", "xgboost-ccfraud.onnx")),
					"ccfraud-pipeline"),
			new ExampleWorkspace("demandcurve-workspace",
					List.of(new ExampleModel("demandcurve-preprocess", "preprocess.py"),
							new ExampleModel("demandcurve-model", "demandcurve.onnx")),
					"demandcurve-pipeline"),
			new ExampleWorkspace("imdb-workspace",
					List.of(new ExampleModel("embedder-o", "embedder.onnx"), new ExampleModel("smodel-o", "smodel.py")),
					"imdb-pipeline"));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;

	private final WorkspaceService workspaces;

	private final ModelService models;

	private final PipelineService pipelines;

	private final StartupLock startupLock;

	private final boolean enabled;

	/**
	 * {@code paddock.demo-data} is read when the application runs, not as a condition on
	 * this bean, which the build processed ahead of time would have fixed.
	 */
	DemoData(AccountService accounts, WorkspaceService workspaces, ModelService models, PipelineService pipelines,
			StartupLock startupLock, @Value("${paddock.demo-data:false}") boolean enabled) {
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.models = models;
		this.pipelines = pipelines;
		this.startupLock = startupLock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		List<String> added = complete();
		if (added.isEmpty()) {
			log.info("Demo data: the example instance is complete, nothing added");
		}
		else {
			log.info("Demo data: added {} (users' password '{}')", String.join(", ", added), PASSWORD);
		}
	}

	/**
	 * Adds the missing items in one transaction under the start-up lock; returns what was
	 * added.
	 */
	List<String> complete() {
		return this.startupLock.runAlone(() -> {
			List<String> added = new ArrayList<>();
			USERS.forEach((user) -> {
				if (this.accounts.findByEmail(user.email()).isEmpty()) {
					this.accounts.create(new NewUser(user.email(), user.name(), UserType.USER, PASSWORD));
					added.add("user " + user.email());
				}
			});
			Actor owner = this.accounts.findByEmail(OWNER).map(User::toActor).orElseThrow();
			WORKSPACES.forEach((example) -> workspace(owner, example, added)
				.ifPresent((workspace) -> catalog(owner, workspace, example, added)));
			return added;
		});
	}

	/**
	 * The example workspace, created when missing; empty when its name is taken by a
	 * workspace the owner cannot see (that one is left alone).
	 */
	private Optional<Workspace> workspace(Actor owner, ExampleWorkspace example, List<String> added) {
		Optional<Workspace> found = this.workspaces.findByName(owner, example.name());
		if (found.isPresent()) {
			return found;
		}
		if (this.workspaces.nameTaken(example.name())) {
			log.warn("Demo data: the name {} belongs to a workspace {} is not a member of; left alone", example.name(),
					OWNER);
			return Optional.empty();
		}
		added.add("workspace " + example.name());
		return Optional.of(this.workspaces.create(owner, example.name()));
	}

	/**
	 * The example's models (small stand-in files made here) and its pipeline over them,
	 * each added when missing; an archived workspace takes none.
	 */
	private void catalog(Actor owner, Workspace workspace, ExampleWorkspace example, List<String> added) {
		if (workspace.isArchived()) {
			return;
		}
		long id = workspace.getId();
		Set<String> models = this.models.models(owner, id).stream().map(ModelInfo::name).collect(Collectors.toSet());
		for (ExampleModel model : example.models()) {
			if (!models.contains(model.name())) {
				byte[] content = model.content();
				this.models.upload(owner, id, model.name(), model.fileName(), content.length,
						new ByteArrayInputStream(content));
				added.add("model " + example.name() + "/" + model.name());
			}
		}
		boolean hasPipeline = this.pipelines.pipelines(owner, id)
			.stream()
			.map(PipelineInfo::name)
			.anyMatch(example.pipeline()::equals);
		if (!hasPipeline) {
			this.pipelines.createPipeline(owner, id, example.pipeline(),
					example.models().stream().map((model) -> StepRequest.latest(model.name())).toList());
			added.add("pipeline " + example.name() + "/" + example.pipeline());
		}
	}

	record ExampleUser(String email, String name) {

	}

	record ExampleWorkspace(String name, List<ExampleModel> models, String pipeline) {

	}

	record ExampleModel(String name, String fileName) {

		/**
		 * A small stand-in: a few lines of Python, or random bytes for a binary model.
		 */
		byte[] content() {
			if (this.fileName.endsWith(".py")) {
				return ("# " + this.name + "\ndef predict(rows):\n    return [sum(row) > 0 for row in rows]\n")
					.getBytes(StandardCharsets.UTF_8);
			}
			byte[] bytes = new byte[6 * 1024];
			new Random(this.name.hashCode()).nextBytes(bytes);
			return bytes;
		}

	}

}
