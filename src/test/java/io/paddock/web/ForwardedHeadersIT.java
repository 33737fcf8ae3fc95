package io.paddock.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.paddock.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy, {@code X-Forwarded-Proto: https} makes redirects
 * {@code https://}, the session cookie Secure and adds HSTS; the referrer and permissions
 * policies are sent either way.
 */
class ForwardedHeadersIT extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void forwardedHttpsThenRedirectToSignInIsHttps() throws Exception {
		HttpResponse<Void> response = get("/workspaces", true);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("https://localhost/login");
	}

	@Test
	void forwardedHttpsThenSessionCookieIsSecure() throws Exception {
		assertThat(sessionCookie(get("/login", true))).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void plainHttpThenRedirectAndCookieStayHttp() throws Exception {
		assertThat(get("/workspaces", false).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("http://localhost:" + this.port));
		assertThat(sessionCookie(get("/login", false))).doesNotContain("Secure");
	}

	@Test
	void forwardedHttpsThenStrictTransportSecurity() throws Exception {
		assertThat(get("/login", true).headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
	}

	@Test
	void plainHttpThenNoStrictTransportSecurity() throws Exception {
		assertThat(get("/login", false).headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	@Test
	void everyAnswerSendsReferrerAndPermissionsPolicies() throws Exception {
		for (boolean https : new boolean[] { true, false }) {
			HttpResponse<Void> response = get("/login", https);

			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
		}
	}

	private HttpResponse<Void> get(String path, boolean forwardedHttps) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (forwardedHttps) {
			request.header("X-Forwarded-Proto", "https");
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter((cookie) -> cookie.startsWith("SESSION=")).findFirst().orElseThrow();
	}

}
