package io.paddock.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain HTTP client signed in to the dashboard like a browser without JavaScript: a
 * session cookie, the CSRF token read from the last page, form and multipart posts
 * streamed from files.
 */
public final class SignedInClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final RoundRobin servers;

	private String csrf;

	private SignedInClient(RoundRobin servers) {
		this.servers = servers;
	}

	public static SignedInClient signIn(String baseUrl, String email, String password) {
		return signIn(RoundRobin.over(baseUrl), email, password);
	}

	/**
	 * Signs in through a load balancer: the sign-in page and the sign-in itself may be
	 * answered by different instances, like every later request.
	 */
	public static SignedInClient signIn(RoundRobin servers, String email, String password) {
		SignedInClient client = new SignedInClient(servers);
		client.get("/login");
		HttpResponse<String> response = client.postForm("/login",
				"email=" + encode(email) + "&password=" + encode(password));
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).doesNotContain("error"));
		return client;
	}

	public HttpResponse<String> get(String path) {
		HttpResponse<String> response = this.servers.send(path, HttpRequest.Builder::GET, BodyHandlers.ofString());
		rememberCsrf(response.body());
		return response;
	}

	public HttpResponse<InputStream> download(String path) {
		return this.servers.send(path, HttpRequest.Builder::GET, BodyHandlers.ofInputStream());
	}

	public HttpResponse<String> postForm(String path, String form) {
		String body = form + "&_csrf=" + encode(this.csrf);
		return this.servers.send(path, (request) -> request.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)), BodyHandlers.ofString());
	}

	/**
	 * Posts a form as htmx does: the {@code HX-Request} header, and the CSRF token in a
	 * header instead of the body.
	 */
	public HttpResponse<String> htmxPost(String path, String form) {
		return this.servers.send(path,
				(request) -> request.header("Content-Type", "application/x-www-form-urlencoded")
					.header("HX-Request", "true")
					.header("X-CSRF-TOKEN", this.csrf)
					.POST(BodyPublishers.ofString(form)),
				BodyHandlers.ofString());
	}

	/**
	 * Posts the Upload form as a browser does, the file streamed from disk and the CSRF
	 * token last.
	 */
	public HttpResponse<String> upload(String path, String name, String fileName, Path file) {
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
		return this.servers.send(path,
				(request) -> request.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(body),
				BodyHandlers.ofString());
	}

	/**
	 * Follows a redirect answer, as the browser would.
	 */
	public HttpResponse<String> follow(HttpResponse<?> redirect) {
		assertThat(redirect.statusCode()).as("redirect status").isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		URI target = redirect.uri().resolve(location);
		return get(target.getRawPath() + ((target.getRawQuery() != null) ? "?" + target.getRawQuery() : ""));
	}

	/**
	 * The same browser (cookies and CSRF token) talking to another instance, e.g. after a
	 * restart on another port.
	 */
	public SignedInClient on(String otherBaseUrl) {
		SignedInClient other = new SignedInClient(this.servers.to(otherBaseUrl));
		other.csrf = this.csrf;
		return other;
	}

	/**
	 * The id of the dashboard session, as the session cookie carries it (Base64).
	 */
	public String sessionId() {
		return new String(Base64.getDecoder().decode(sessionCookie()), StandardCharsets.US_ASCII);
	}

	/**
	 * The browser's cookies as a {@code Cookie} header carries them: the session and the
	 * CSRF token's cookie.
	 */
	public String cookieHeader() {
		return this.servers.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; ", "Cookie: ", ""));
	}

	private String sessionCookie() {
		return this.servers.cookies()
			.getCookieStore()
			.getCookies()
			.stream()
			.filter((candidate) -> candidate.getName().equals("SESSION"))
			.findFirst()
			.orElseThrow()
			.getValue();
	}

	/**
	 * The CSRF token of the last page read.
	 */
	public String csrfToken() {
		return this.csrf;
	}

	private void rememberCsrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (matcher.find()) {
			this.csrf = matcher.group(1);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
