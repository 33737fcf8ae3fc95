package io.paddock.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.PipelineService;
import io.paddock.catalog.StepRequest;
import io.paddock.shared.StartupLock;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the example instance of the original guide (steve@ex.co, john@ex.co and their
 * workspaces, and models and a pipeline in imdb-workspace) when started with
 * {@code --paddock.demo-data=true}. Runs once: an instance that already has steve@ex.co
 * is left alone, also when several replicas start together (under the
 * {@link StartupLock}).
 */
@Component
@ConditionalOnBooleanProperty("paddock.demo-data")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "paddock-demo";

	static final List<String> WORKSPACES = List.of("aloha-workspace", "ccfraud-workspace", "demandcurve-workspace",
			"imdb-workspace");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;

	private final WorkspaceService workspaces;

	private final ModelService models;

	private final PipelineService pipelines;

	private final StartupLock startupLock;

	DemoData(AccountService accounts, WorkspaceService workspaces, ModelService models, PipelineService pipelines,
			StartupLock startupLock) {
		this.accounts = accounts;
		this.workspaces = workspaces;
		this.models = models;
		this.pipelines = pipelines;
		this.startupLock = startupLock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Actor owner = this.startupLock
			.runAlone(() -> this.accounts.findByEmail("steve@ex.co").isEmpty() ? seedUsersAndWorkspaces() : null);
		if (owner != null) {
			seedCatalog(owner, this.workspaces.findByName(owner, "imdb-workspace").orElseThrow());
		}
	}

	/**
	 * The users and workspaces, in the start-up lock's transaction; returns their owner.
	 * The catalog is seeded once that has committed, since uploads run in transactions of
	 * their own.
	 */
	private Actor seedUsersAndWorkspaces() {
		User steve = this.accounts.create(new NewUser("steve@ex.co", "Steve", UserType.USER, PASSWORD));
		this.accounts.create(new NewUser("john@ex.co", "John", UserType.USER, PASSWORD));
		Actor owner = steve.toActor();
		WORKSPACES.forEach((name) -> this.workspaces.create(owner, name));
		log.info("Demo data: users steve@ex.co and john@ex.co (password '{}'), workspaces {}", PASSWORD, WORKSPACES);
		return owner;
	}

	/**
	 * The models and pipeline of the guide's imdb example; the files are small stand-ins
	 * made here.
	 */
	private void seedCatalog(Actor owner, Workspace workspace) {
		byte[] onnx = new byte[6 * 1024];
		new Random(42).nextBytes(onnx);
		this.models.upload(owner, workspace.getId(), "embedder-o", "embedder.onnx", onnx.length,
				new ByteArrayInputStream(onnx));
		byte[] python = "def predict(embeddings):\n    return [sum(e) > 0 for e in embeddings]\n"
			.getBytes(StandardCharsets.UTF_8);
		this.models.upload(owner, workspace.getId(), "smodel-o", "smodel.py", python.length,
				new ByteArrayInputStream(python));
		this.pipelines.createPipeline(owner, workspace.getId(), "imdb-pipeline",
				List.of(StepRequest.latest("embedder-o"), StepRequest.latest("smodel-o")));
	}

}
