package io.paddock.api;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.support.RoundRobin;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the API over real HTTP, as a script would; every answer is checked against the
 * OpenAPI document ({@link ApiContract}).
 */
public class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final RoundRobin servers;

	private final String token;

	ApiClient(String baseUrl, String token) {
		this(RoundRobin.over(baseUrl), token);
	}

	private ApiClient(RoundRobin servers, String token) {
		this.servers = servers;
		this.token = token;
	}

	/**
	 * A client calling with a new API token of the user.
	 */
	public static ApiClient of(String baseUrl, ApiTokenService tokens, User user) {
		return new ApiClient(baseUrl, tokens.create(user.toActor(), "test").value());
	}

	/**
	 * A client calling through a load balancer with the given token.
	 */
	public static ApiClient through(RoundRobin servers, String token) {
		return new ApiClient(servers, token);
	}

	public Response send(String method, String path, String body) {
		return Response.of(this.servers.send(path, (request) -> {
			request.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
			if (body != null) {
				request.header("Content-Type", "application/json");
			}
			return authorized(request);
		}, HttpResponse.BodyHandlers.ofString()));
	}

	/**
	 * Posts one form field and one file as multipart/form-data.
	 */
	public Response upload(String path, String field, String value, String fileName, byte[] content) {
		String boundary = "paddock-" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return Response.of(this.servers.send(path,
				(request) -> authorized(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)),
				HttpResponse.BodyHandlers.ofString()));
	}

	/**
	 * Gets a file: its bytes as sent, not read as JSON.
	 */
	public HttpResponse<byte[]> download(String path) {
		HttpResponse<byte[]> file = this.servers.send(path, (request) -> authorized(request.GET()),
				HttpResponse.BodyHandlers.ofByteArray());
		ApiContract.check(file, file.body());
		return file;
	}

	public Response get(String path) {
		return send("GET", path, null);
	}

	public Response post(String path, String body) {
		return send("POST", path, body);
	}

	public Response delete(String path) {
		return send("DELETE", path, null);
	}

	private HttpRequest.Builder authorized(HttpRequest.Builder request) {
		return (this.token != null) ? request.header("Authorization", "Bearer " + this.token) : request;
	}

	/**
	 * An answer, with the body read as JSON and the address of the instance that gave it.
	 */
	public record Response(int status, String contentType, JsonNode json, HttpHeaders headers, URI uri) {

		/**
		 * The answer, after checking it against the API's OpenAPI document.
		 */
		static Response of(HttpResponse<String> response) {
			ApiContract.check(response, response.body().getBytes(StandardCharsets.UTF_8));
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body().isEmpty() ? null : JSON.readTree(response.body()), response.headers(),
					response.uri());
		}

		public String detail() {
			return this.json.get("detail").asString();
		}

	}

}
