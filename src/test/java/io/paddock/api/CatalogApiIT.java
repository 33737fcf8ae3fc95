package io.paddock.api;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.api.ApiClient.Response;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogApiIT extends IntegrationTest {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	WorkspaceService workspaces;

	@Test
	void uploadModelsThenCreatePipelineAndSeeThemInGetWorkspace() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		byte[] onnx = new byte[1_500_000];
		new Random(7).nextBytes(onnx);
		String base = "/api/v1/workspaces/" + imdb.getId();

		Response uploaded = api.upload(base + "/models", "name", "embedder-o", "embedder.onnx", onnx);
		assertThat(uploaded.status()).isEqualTo(201);
		assertThat(uploaded.json().propertyNames()).containsExactly("name", "version", "file_name", "size", "sha256",
				"last_update_time", "uploaded_by");
		assertThat(uploaded.json().get("file_name").asString()).isEqualTo("embedder.onnx");
		assertThat(uploaded.json().get("uploaded_by").asString()).isEqualTo(steve.getEmail());
		assertThat(uploaded.json().get("size").asLong()).isEqualTo(onnx.length);
		assertThat(uploaded.json().get("sha256").asString())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(onnx)));
		assertThat(api.upload(base + "/models", "name", "smodel-o", "sentiment_model.onnx", new byte[] { 1, 2, 3 })
			.status()).isEqualTo(201);

		Response models = api.get(base + "/models");
		assertThat(models.json().size()).isEqualTo(2);
		assertThat(models.json().get(0).get("name").asString()).isEqualTo("embedder-o");
		assertThat(models.json().get(0).get("file_name").asString()).isEqualTo("embedder.onnx");
		assertThat(models.json().get(0).has("version")).isTrue();
		assertThat(models.json().get(0).has("last_update_time")).isTrue();

		Response pipeline = api.post(base + "/pipelines",
				"""
						{"name": "imdb-pipeline", "steps": [{"model": "embedder-o", "version": "latest"}, {"model": "smodel-o"}]}""");
		assertThat(pipeline.status()).isEqualTo(201);
		assertThat(pipeline.json().get("name").asString()).isEqualTo("imdb-pipeline");
		assertThat(pipeline.json().has("create_time")).isTrue();

		Response workspace = api.get("/api/v1/workspaces/by-name/" + imdb.getName());
		assertThat(workspace.json().get("models").size()).isEqualTo(2);
		JsonNode definition = workspace.json().get("pipelines").get(0).get("definition");
		assertThat(definition.isArray()).isTrue();
		assertThat(definition.get(0).get("model").asString()).isEqualTo("embedder-o");
		assertThat(definition.get(1).get("model").asString()).isEqualTo("smodel-o");
		assertThat(definition).isEqualTo(api.get(base + "/pipelines").json().get(0).get("definition"));
		assertThat(api.get("/api/v1/workspaces").json().toString()).contains("\"models\":2,\"pipelines\":1");
	}

	@Test
	void pipelineNamingAMissingModelOrAnotherUsersWorkspaceIsRefused() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		String base = "/api/v1/workspaces/" + imdb.getId();

		Response missing = ApiClient.of(baseUrl(), this.tokens, steve)
			.post(base + "/pipelines", "{\"name\": \"p1\", \"steps\": [{\"model\": \"nope\"}]}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.detail()).contains("nope");
		assertThat(ApiClient.of(baseUrl(), this.tokens, steve)
			.post(base + "/pipelines", "{\"name\": \"bad_name\", \"steps\": []}")
			.status()).isEqualTo(400);

		ApiClient other = ApiClient.of(baseUrl(), this.tokens, this.users.user("Other"));
		assertThat(other.get(base + "/models").status()).isEqualTo(404);
		assertThat(other.upload(base + "/models", "name", "x", "x.onnx", new byte[] { 1 }).status()).isEqualTo(404);
	}

	@Test
	void pipelineWithAnEmptyStepThen400SayingWhichStep() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		String pipelines = "/api/v1/workspaces/" + imdb.getId() + "/pipelines";

		Response nullStep = api.post(pipelines, "{\"name\": \"p\", \"steps\": [null]}");
		assertThat(nullStep.status()).isEqualTo(400);
		assertThat(nullStep.contentType()).startsWith("application/problem+json");
		assertThat(nullStep.detail()).isEqualTo("Step 1 names no model.");
		Response blankStep = api.post(pipelines, "{\"name\": \"p\", \"steps\": [{\"model\": \" \"}]}");
		assertThat(blankStep.status()).isEqualTo(400);
		assertThat(blankStep.detail()).isEqualTo("Step 1 names no model.");
		assertThat(api.get(pipelines).json().size()).isZero();
	}

	@Test
	void uploadOverTheLimitThen413ProblemAndNothingStored() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		String models = "/api/v1/workspaces/" + imdb.getId() + "/models";

		Response tooLarge = api.upload(models, "name", "huge", "huge.onnx", new byte[16 * 1024 * 1024 + 1024]);

		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.contentType()).startsWith("application/problem+json");
		assertThat(tooLarge.detail()).isEqualTo("The file is larger than the limit of 16 MB; nothing was stored.");
		assertThat(api.get(models).json().size()).isZero();
	}

	@Test
	void historyListsEveryVersionNewestFirstAndDownloadSendsTheUploadedBytes() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		String models = "/api/v1/workspaces/" + imdb.getId() + "/models";
		byte[] first = new byte[200_000];
		new Random(1).nextBytes(first);
		byte[] second = new byte[300_000];
		new Random(2).nextBytes(second);
		Response firstUpload = api.upload(models, "name", "embedder-o", "embedder-v1.onnx", first);
		Response secondUpload = api.upload(models, "name", "embedder-o", "embedder-v2.onnx", second);
		assertThat(secondUpload.headers().firstValue("Location")).hasValue(models + "/embedder-o");

		Response history = api.get(models + "/embedder-o");

		assertThat(history.status()).isEqualTo(200);
		assertThat(history.json().size()).isEqualTo(2);
		JsonNode newest = history.json().get(0);
		assertThat(newest.propertyNames()).containsExactly("name", "version", "file_name", "size", "sha256",
				"last_update_time", "uploaded_by");
		assertThat(newest.get("version").asString()).isEqualTo(secondUpload.json().get("version").asString());
		assertThat(newest.get("file_name").asString()).isEqualTo("embedder-v2.onnx");
		assertThat(history.json().get(1).get("version").asString())
			.isEqualTo(firstUpload.json().get("version").asString())
			.isNotEqualTo(newest.get("version").asString());
		assertThat(history.json().get(1).get("uploaded_by").asString()).isEqualTo(steve.getEmail());

		HttpResponse<byte[]> download = api
			.download(models + "/embedder-o/versions/" + firstUpload.json().get("version").asString() + "/file");

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
		assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(first.length));
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("embedder-v1.onnx");
		assertThat(sha256(download.body())).isEqualTo(sha256(first))
			.isEqualTo(firstUpload.json().get("sha256").asString());
		assertThat(download.headers().firstValue("X-Content-SHA256")).hasValue(sha256(first));
	}

	@Test
	void downloadOfAnUnknownModelOrVersionThen404Problem() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		String models = "/api/v1/workspaces/" + imdb.getId() + "/models";
		String version = api.upload(models, "name", "embedder-o", "embedder.onnx", new byte[] { 1, 2 })
			.json()
			.get("version")
			.asString();

		Response unknownVersion = api.get(models + "/embedder-o/versions/" + UUID.randomUUID() + "/file");
		assertThat(unknownVersion.status()).isEqualTo(404);
		assertThat(unknownVersion.contentType()).startsWith("application/problem+json");
		assertThat(unknownVersion.detail()).contains("embedder-o");
		assertThat(api.get(models + "/other-model/versions/" + version + "/file").status()).isEqualTo(404);
		assertThat(api.get(models + "/embedder-o/versions/not-a-uuid/file").status()).isEqualTo(400);
		Response unknownModel = api.get(models + "/other-model");
		assertThat(unknownModel.status()).isEqualTo(404);
		assertThat(unknownModel.detail()).isEqualTo("There is no model other-model in this workspace.");
	}

	@Test
	void removeModelUsedByAPipelineThen409NamingItThenDeletePipelineAndRemoveModel() throws Exception {
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, this.users.user("Steve"));
		String base = workspaceWithModelUsedByPipeline(api);
		String version = api.get(base + "/models/embedder-o").json().get(0).get("version").asString();

		Response refused = api.delete(base + "/models/embedder-o");

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.detail()).contains("imdb-pipeline");
		assertThat(api.get(base + "/models/embedder-o").json().size()).isEqualTo(1);

		assertThat(api.delete(base + "/pipelines/imdb-pipeline").status()).isEqualTo(204);
		assertThat(api.get(base + "/pipelines").json().size()).isZero();
		assertThat(api.delete(base + "/pipelines/imdb-pipeline").status()).isEqualTo(404);

		assertThat(api.delete(base + "/models/embedder-o").status()).isEqualTo(204);
		assertThat(api.get(base + "/models/embedder-o").status()).isEqualTo(404);
		assertThat(api.get(base + "/models/embedder-o/versions/" + version + "/file").status()).isEqualTo(404);
		assertThat(api.get(base + "/models").json().size()).isZero();
		Response again = api.delete(base + "/models/embedder-o");
		assertThat(again.status()).isEqualTo(404);
		assertThat(again.detail()).isEqualTo("There is no model embedder-o in this workspace.");
	}

	@Test
	void nonMemberThen404ForHistoryDownloadAndDeletesAndNothingChanges() throws Exception {
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, this.users.user("Steve"));
		String base = workspaceWithModelUsedByPipeline(api);
		String version = api.get(base + "/models/embedder-o").json().get(0).get("version").asString();
		ApiClient mallory = ApiClient.of(baseUrl(), this.tokens, this.users.user("Mallory"));

		List<Response> refusals = List.of(mallory.get(base + "/models/embedder-o"),
				mallory.get(base + "/models/embedder-o/versions/" + version + "/file"),
				mallory.delete(base + "/pipelines/imdb-pipeline"), mallory.delete(base + "/models/embedder-o"));

		assertThat(refusals).allSatisfy((refusal) -> {
			assertThat(refusal.status()).isEqualTo(404);
			assertThat(refusal.contentType()).startsWith("application/problem+json");
			assertThat(refusal.detail()).doesNotContain("embedder-o").doesNotContain("imdb-pipeline");
		});
		assertThat(api.get(base + "/models/embedder-o").json().size()).isEqualTo(1);
		assertThat(api.get(base + "/pipelines").json().get(0).get("name").asString()).isEqualTo("imdb-pipeline");
		HttpResponse<byte[]> download = api.download(base + "/models/embedder-o/versions/" + version + "/file");
		assertThat(download.body()).containsExactly(1, 2, 3);
	}

	@Test
	void wrongMethodThen405Problem() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);

		Response wrongMethod = api.send("PATCH", "/api/v1/workspaces/" + imdb.getId() + "/models", "{}");

		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
		assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
	}

	/**
	 * A new workspace of the client's user holding the model embedder-o (bytes 1, 2, 3),
	 * used by the pipeline imdb-pipeline; returns the workspace's API path.
	 */
	private String workspaceWithModelUsedByPipeline(ApiClient api) throws Exception {
		long id = api.post("/api/v1/workspaces", "{\"name\": \"" + TestUsers.uniqueName("imdb-workspace") + "\"}")
			.json()
			.get("id")
			.asLong();
		String base = "/api/v1/workspaces/" + id;
		assertThat(api.upload(base + "/models", "name", "embedder-o", "embedder.onnx", new byte[] { 1, 2, 3 }).status())
			.isEqualTo(201);
		assertThat(
				api.post(base + "/pipelines", "{\"name\": \"imdb-pipeline\", \"steps\": [{\"model\": \"embedder-o\"}]}")
					.status())
			.isEqualTo(201);
		return base;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
