package io.paddock.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind a TLS-terminating proxy, {@code X-Forwarded-Proto: https} makes redirects
 * {@code https://}, every cookie (session, CSRF token, page to return to) Secure and adds
 * HSTS; the referrer and permissions policies are sent either way.
 */
class ForwardedHeadersIT extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void forwardedHttpsThenRedirectToSignInIsHttps() throws Exception {
		HttpResponse<String> response = get("/workspaces", true);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("https://localhost/login");
	}

	@Test
	void forwardedHttpsThenEveryCookieIsSecure() throws Exception {
		assertThat(List.of(cookie(get("/workspaces", true), "REDIRECT_URI"), cookie(get("/login", true), "XSRF-TOKEN"),
				cookie(signIn(true), "SESSION")))
			.allSatisfy((cookie) -> assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax"));
	}

	@Test
	void plainHttpThenRedirectAndCookiesStayHttp() throws Exception {
		assertThat(get("/workspaces", false).headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("http://localhost:" + this.port));
		assertThat(List.of(cookie(get("/login", false), "XSRF-TOKEN"), cookie(signIn(false), "SESSION")))
			.allSatisfy((cookie) -> assertThat(cookie).contains("HttpOnly").doesNotContain("Secure"));
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
			HttpResponse<String> response = get("/login", https);

			assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
					(policy) -> assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
		}
	}

	private HttpResponse<String> get(String path, boolean forwardedHttps) throws IOException, InterruptedException {
		return this.http.send(request(path, forwardedHttps).build(), BodyHandlers.ofString());
	}

	/**
	 * Signs in with the token and cookie of the sign-in page; the answer sets the session
	 * cookie.
	 */
	private HttpResponse<String> signIn(boolean forwardedHttps) throws IOException, InterruptedException {
		HttpResponse<String> page = get("/login", forwardedHttps);
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as("CSRF field").isTrue();
		String csrfCookie = cookie(page, "XSRF-TOKEN").split(";", 2)[0];
		String form = "email=" + encode(this.users.user("John").getEmail()) + "&password=" + encode(TestUsers.PASSWORD)
				+ "&_csrf=" + encode(token.group(1));
		HttpResponse<String> signedIn = this.http.send(request("/login", forwardedHttps).header("Cookie", csrfCookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(form))
			.build(), BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).as("sign-in answer").isEqualTo(302);
		return signedIn;
	}

	private HttpRequest.Builder request(String path, boolean forwardedHttps) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (forwardedHttps) {
			request.header("X-Forwarded-Proto", "https");
		}
		return request;
	}

	private static String cookie(HttpResponse<?> response, String name) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter((cookie) -> cookie.startsWith(name + "=")).findFirst().orElseThrow();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
