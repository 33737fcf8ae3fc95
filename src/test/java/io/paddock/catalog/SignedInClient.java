package io.paddock.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain HTTP client signed in to the dashboard like a browser without JavaScript: a
 * session cookie, the CSRF token read from the last page, form and multipart posts
 * streamed from files.
 */
final class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String baseUrl;

	private String csrf;

	private SignedInClient(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static SignedInClient signIn(String baseUrl, String email, String password) {
		SignedInClient client = new SignedInClient(baseUrl);
		client.get("/login");
		HttpResponse<String> response = client.postForm("/login",
				"email=" + encode(email) + "&password=" + encode(password));
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		return client;
	}

	HttpResponse<String> get(String path) {
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofString());
		rememberCsrf(response.body());
		return response;
	}

	HttpResponse<InputStream> download(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build(), BodyHandlers.ofInputStream());
	}

	HttpResponse<String> postForm(String path, String form) {
		String body = form + "&_csrf=" + encode(this.csrf);
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body))
			.build(), BodyHandlers.ofString());
	}

	/**
	 * Posts the Upload form as a browser does, the file streamed from disk and the CSRF
	 * token last.
	 */
	HttpResponse<String> upload(String path, String name, String fileName, Path file) {
		String boundary = "----paddock" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + this.csrf
				+ "\r\n--" + boundary + "--\r\n";
		BodyPublisher body;
		try {
			body = BodyPublishers.concat(BodyPublishers.ofString(head), BodyPublishers.ofFile(file),
					BodyPublishers.ofString(tail));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(body)
			.build(), BodyHandlers.ofString());
	}

	/**
	 * Follows a redirect answer, as the browser would.
	 */
	HttpResponse<String> follow(HttpResponse<?> redirect) {
		assertThat(redirect.statusCode()).as("redirect status").isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		URI target = URI.create(this.baseUrl).resolve(location);
		return get(target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : ""));
	}

	private void rememberCsrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
		try {
			return this.http.send(request, handler);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
