package io.paddock.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API over real HTTP, as a script would.
 */
class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String token;

	ApiClient(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	Response send(String method, String path, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (this.token != null) {
			request.header("Authorization", "Bearer " + this.token);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body().isEmpty() ? null : JSON.readTree(response.body()));
	}

	Response get(String path) throws IOException, InterruptedException {
		return send("GET", path, null);
	}

	Response post(String path, String body) throws IOException, InterruptedException {
		return send("POST", path, body);
	}

	record Response(int status, String contentType, JsonNode json) {

		String detail() {
			return this.json.get("detail").asString();
		}

	}

}
