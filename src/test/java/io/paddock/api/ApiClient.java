package io.paddock.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API over real HTTP, as a script would.
 */
public class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final String token;

	ApiClient(String baseUrl, String token) {
		this.baseUrl = baseUrl;
		this.token = token;
	}

	/**
	 * A client calling with a new API token of the user.
	 */
	public static ApiClient of(String baseUrl, ApiTokenService tokens, User user) {
		return new ApiClient(baseUrl, tokens.create(user.toActor(), "test").value());
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
				response.body().isEmpty() ? null : JSON.readTree(response.body()), response.headers());
	}

	/**
	 * Posts one form field and one file as multipart/form-data.
	 */
	public Response upload(String path, String field, String value, String fileName, byte[] content)
			throws IOException, InterruptedException {
		String boundary = "paddock-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization", "Bearer " + this.token)
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body().isEmpty() ? null : JSON.readTree(response.body()), response.headers());
	}

	/**
	 * Gets a file: its bytes as sent, not read as JSON.
	 */
	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.GET()
			.header("Authorization", "Bearer " + this.token)
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	public Response get(String path) throws IOException, InterruptedException {
		return send("GET", path, null);
	}

	Response post(String path, String body) throws IOException, InterruptedException {
		return send("POST", path, body);
	}

	Response delete(String path) throws IOException, InterruptedException {
		return send("DELETE", path, null);
	}

	public record Response(int status, String contentType, JsonNode json, HttpHeaders headers) {

		public String detail() {
			return this.json.get("detail").asString();
		}

	}

}
