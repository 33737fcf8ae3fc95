package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.api.ApiClient;
import io.paddock.api.ApiClient.Response;
import io.paddock.support.IntegrationTest;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the application does with model files, whichever store keeps them: each store's
 * test class runs these against the whole application.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class StorageScenarios extends IntegrationTest {

	@Autowired
	ModelService models;

	@Autowired
	ModelFileStore files;

	@Autowired
	ModelFileReconciler reconciler;

	@Autowired
	StorageHealthIndicator health;

	@Autowired
	HealthContributorRegistry healthContributors;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	MeterRegistry meters;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ApiTokenService tokens;

	protected User steve;

	protected Workspace workspace;

	@BeforeEach
	void workspaceOfSteve() {
		this.steve = this.users.user("Steve");
		this.workspace = this.workspaces.create(this.steve.toActor(), TestUsers.uniqueName("imdb"));
	}

	@Test
	void uploadThenDownloadOverTheApiSendsTheSameBytesAndCountsThem() throws Exception {
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, this.steve);
		byte[] onnx = randomBytes(3 * 1024 * 1024 + 7);
		double countedBefore = uploadedBytes();

		Response uploaded = api.upload("/api/v1" + modelsPath(), "name", "embedder-o", "embedder.onnx", onnx);
		assertThat(uploaded.status()).isEqualTo(201);
		HttpResponse<byte[]> download = api.download("/api/v1" + modelsPath() + "/embedder-o/versions/"
				+ uploaded.json().get("version").asString() + "/file");

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(onnx.length);
		assertThat(download.headers().firstValue("X-Content-SHA256")).hasValue(sha256(onnx));
		assertThat(sha256(download.body())).isEqualTo(sha256(onnx));
		assertThat(uploadedBytes() - countedBefore).isEqualTo(onnx.length);
	}

	@Test
	void uploadWhoseTransactionRollsBackThenNoRowAndNoFile() throws Exception {
		UUID[] version = new UUID[1];

		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			version[0] = this.models
				.upload(this.steve.toActor(), id(), "embedder-o", "embedder.onnx", 4,
						new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 }))
				.version();
			assertThat(this.files.sizeOf(id(), version[0])).as("file while the transaction runs").hasValue(4);
			status.setRollbackOnly();
		});

		assertThat(this.models.models(this.steve.toActor(), id())).isEmpty();
		assertThat(this.files.sizeOf(id(), version[0])).isEmpty();
		assertThat(storedVersionsOfWorkspace()).isEmpty();
	}

	@Test
	void downloadWhenFileMissingThen404ProblemInTheApiAndAMessageInTheDashboard(CapturedOutput output)
			throws Exception {
		ModelVersionDetails uploaded = uploadSmallModel("embedder-o");
		this.files.delete(id(), uploaded.version());
		String path = modelsPath() + "/embedder-o/versions/" + uploaded.version() + "/file";

		Response api = ApiClient.of(baseUrl(), this.tokens, this.steve).get("/api/v1" + path);
		assertThat(api.status()).isEqualTo(404);
		assertThat(api.contentType()).startsWith("application/problem+json");
		assertThat(api.detail()).isEqualTo("The file of model embedder-o version " + uploaded.version()
				+ " is missing from storage, so it cannot be downloaded. Upload the model again, "
				+ "or ask the administrator of this instance to restore the file.");

		SignedInClient dashboard = SignedInClient.signIn(baseUrl(), this.steve.getEmail(), TestUsers.PASSWORD);
		HttpResponse<?> download = dashboard.download(path);
		assertThat(download.statusCode()).isEqualTo(302);
		HttpResponse<String> page = dashboard.follow(download);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("is missing from storage, so it cannot be downloaded");
		assertThat(output).contains("WARN")
			.contains("The file of model embedder-o version " + uploaded.version() + " of workspace " + id()
					+ " is missing");
	}

	@Test
	void reconcileThenOrphanRemovedOnlyOnceOlderThanTheCutOffAndFilesWithRowsKept() throws Exception {
		ModelVersionDetails kept = uploadSmallModel("embedder-o");
		UUID orphan = UUID.randomUUID();
		this.files.store(id(), orphan, new HashingInputStream(new ByteArrayInputStream(new byte[] { 9, 9 }), 2), 2);

		this.reconciler.reconcile(Instant.now().minus(Duration.ofHours(1)));
		assertThat(storedVersionsOfWorkspace()).as("both younger than the cut-off")
			.containsExactlyInAnyOrder(kept.version(), orphan);

		this.reconciler.reconcile(Instant.now().plus(Duration.ofMinutes(1)));
		assertThat(storedVersionsOfWorkspace()).as("both older than the cut-off").containsExactly(kept.version());
	}

	@Test
	void healthThenUpWithTheLocationUnderTheNameStorage() {
		assertThat(this.healthContributors.getContributor("storage")).isSameAs(this.health);
		assertThat(this.health.health().getStatus()).isEqualTo(Status.UP);
		assertThat(this.health.health().getDetails()).containsEntry("location", this.files.location());
	}

	@Test
	void uploadWhenNotMemberThenRefusedAndNothingStored() throws Exception {
		User mallory = this.users.user("Mallory");

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> this.models.upload(mallory.toActor(), id(),
				"sneaky", "sneaky.onnx", 2, new ByteArrayInputStream(new byte[] { 1, 2 })));

		assertThat(storedVersionsOfWorkspace()).isEmpty();
	}

	protected ModelVersionDetails uploadSmallModel(String name) {
		return this.models.upload(this.steve.toActor(), id(), name, name + ".onnx", 4,
				new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 }));
	}

	protected List<UUID> storedVersionsOfWorkspace() throws Exception {
		List<UUID> found = new ArrayList<>();
		this.files.forEachFile((file) -> {
			if (file.workspaceId() == id()) {
				found.add(file.version());
			}
		});
		return found;
	}

	protected long id() {
		return this.workspace.getId();
	}

	private String modelsPath() {
		return "/workspaces/" + id() + "/models";
	}

	private double uploadedBytes() {
		return this.meters.get("paddock.upload.bytes").counter().count();
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
