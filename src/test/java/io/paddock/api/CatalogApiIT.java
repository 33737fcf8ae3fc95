package io.paddock.api;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;

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
	void wrongMethodThen405Problem() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);

		Response wrongMethod = api.send("PATCH", "/api/v1/workspaces/" + imdb.getId() + "/models", "{}");

		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
		assertThat(wrongMethod.json().get("status").asInt()).isEqualTo(405);
	}

}
