package io.paddock.api;

import java.util.ArrayList;
import java.util.List;

import io.paddock.api.ApiClient.Response;
import io.paddock.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes the operations as a script calls them.
 */
class ApiDocsIT extends IntegrationTest {

	@Test
	void noOperationAsksForTheSignedInUserAndUploadIsAMultipartBody() throws Exception {
		Response docs = new ApiClient(baseUrl(), null).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		JsonNode paths = docs.json().get("paths");

		List<String> parameters = new ArrayList<>();
		paths.properties().forEach((path) -> path.getValue().properties().forEach((operation) -> {
			operation.getValue()
				.path("parameters")
				.forEach((parameter) -> parameters.add(parameter.get("name").asString()));
			assertThat(operation.getValue().get("responses").propertyNames())
				.as(operation.getKey() + " " + path.getKey())
				.anyMatch((status) -> status.startsWith("2"));
		}));
		assertThat(parameters).isNotEmpty().doesNotContain("actor");

		JsonNode upload = paths.get("/api/v1/workspaces/{id}/models").get("post");
		JsonNode multipart = upload.get("requestBody").get("content").get("multipart/form-data").get("schema");
		assertThat(multipart.get("properties").propertyNames()).containsExactlyInAnyOrder("name", "file");
		assertThat(multipart.get("properties").get("file").get("format").asString()).isEqualTo("binary");
		assertThat(upload.path("parameters").findValuesAsString("name")).containsExactly("id");
		assertThat(upload.get("responses").propertyNames()).contains("201", "400", "401", "404", "413");
		assertThat(paths.get("/api/v1/workspaces").get("post").get("responses").propertyNames()).contains("201", "409");
		assertThat(paths.get("/api/v1/workspaces/{id}/archived").get("put").get("responses").propertyNames())
			.contains("200", "400", "401", "403", "404", "409");

		JsonNode list = paths.get("/api/v1/workspaces").get("get");
		assertThat(list.path("parameters").findValuesAsString("name")).containsExactlyInAnyOrder("q", "page", "size");
		JsonNode size = list.get("parameters")
			.findParents("name")
			.stream()
			.filter((parameter) -> parameter.get("name").asString().equals("size"))
			.findFirst()
			.orElseThrow()
			.get("schema");
		assertThat(size.get("default").asInt()).isEqualTo(50);
		assertThat(size.get("maximum").asInt()).isEqualTo(500);
		assertThat(list.get("responses").propertyNames()).contains("200", "400");
		JsonNode page = docs.json().get("components").get("schemas").get("WorkspacePageJson");
		assertThat(page.get("properties").propertyNames()).containsExactly("workspaces", "page", "size", "total",
				"next");
		assertThat(page.get("properties").get("next").get("description").asString()).contains("null on the last page");

		JsonNode model = paths.get("/api/v1/workspaces/{id}/models/{name}");
		assertThat(model.get("delete").get("responses").propertyNames()).contains("204", "404", "409");
		assertThat(model.get("get").path("parameters").findValuesAsString("name")).containsExactly("id", "name");
		JsonNode file = paths.get("/api/v1/workspaces/{id}/models/{name}/versions/{version}/file").get("get");
		assertThat(file.get("responses").get("200").get("content").propertyNames())
			.containsExactly("application/octet-stream");
		assertThat(paths.get("/api/v1/workspaces/{id}/pipelines/{name}").get("delete").get("responses").propertyNames())
			.contains("204", "404");
	}

}
