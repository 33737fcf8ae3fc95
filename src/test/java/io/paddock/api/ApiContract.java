package io.paddock.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Level;

/**
 * The OpenAPI document at {@code /v3/api-docs} as a contract: every answer of an
 * operation it describes must match it (status, content type, body). The document is read
 * once from each running application. Requests to paths or methods the API does not have
 * are outside the contract.
 */
final class ApiContract {

	private static final Map<String, OpenApiInteractionValidator> VALIDATORS = new ConcurrentHashMap<>();

	private final OpenApiInteractionValidator validator;

	private ApiContract(OpenApiInteractionValidator validator) {
		this.validator = validator;
	}

	/**
	 * The contract of the application at the base URL ({@code http://host:port}).
	 */
	static ApiContract of(String baseUrl) {
		return new ApiContract(VALIDATORS.computeIfAbsent(baseUrl, ApiContract::load));
	}

	/**
	 * Fails when an answer under {@code /api/} disagrees with the document.
	 */
	static void check(HttpResponse<?> answer, byte[] body) {
		URI uri = answer.uri();
		if (!uri.getPath().startsWith("/api/")) {
			return;
		}
		ValidationReport report = of(uri.getScheme() + "://" + uri.getRawAuthority()).validate(
				answer.request().method(), uri.getRawPath(), answer.statusCode(),
				answer.headers().firstValue("Content-Type").orElse(null), body);
		if (report.hasErrors()) {
			throw new AssertionError("The answer to " + answer.request().method() + " " + uri.getRawPath() + " ("
					+ answer.statusCode() + ") disagrees with /v3/api-docs:\n" + report.getMessages() + "\n"
					+ new String(body, StandardCharsets.UTF_8));
		}
	}

	ValidationReport validate(String method, String path, int status, String contentType, String body) {
		return validate(method, path, status, contentType, body.getBytes(StandardCharsets.UTF_8));
	}

	private ValidationReport validate(String method, String path, int status, String contentType, byte[] body) {
		SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
		if (contentType != null) {
			response.withContentType(contentType);
		}
		if (body.length > 0) {
			response.withBody(body);
		}
		return this.validator.validateResponse(path, Request.Method.valueOf(method), response.build());
	}

	private static OpenApiInteractionValidator load(String baseUrl) {
		try {
			HttpResponse<String> docs = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl + "/v3/api-docs")).build(),
						HttpResponse.BodyHandlers.ofString());
			return OpenApiInteractionValidator.createForInlineApiSpecification(docs.body())
				.withLevelResolver(LevelResolver.create()
					.withLevel("validation.request.path.missing", Level.IGNORE)
					.withLevel("validation.request.operation.notAllowed", Level.IGNORE)
					.build())
				.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
