package io.paddock.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.account.Actor;
import io.paddock.account.ApiTokenService;
import io.paddock.support.IntegrationTest;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Actuator endpoints: probes open to everyone, Prometheus only for an admin's API
 * token, the rest closed.
 */
class ActuatorIT extends IntegrationTest {

	@Autowired
	ApiTokenService tokens;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void probesAnswerWithoutSignIn() throws Exception {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = get(probe, null);
			assertThat(response.statusCode()).as(probe).isEqualTo(200);
			assertThat(response.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
	}

	@Test
	void prometheusWithoutTokenThenUnauthorized() throws Exception {
		assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
	}

	@Test
	void prometheusWithTokenOfUserThenForbidden() throws Exception {
		assertThat(get("/actuator/prometheus", tokenOf(this.users.user("John").toActor())).statusCode()).isEqualTo(403);
	}

	@Test
	void prometheusWithTokenOfAdminThenMetricsOfHttpSignInsAndOutbox() throws Exception {
		String token = tokenOf(this.users.instanceAdmin().toActor());
		double successes = metric(token, "paddock_sign_ins_total{outcome=\"success\"}");
		double failures = metric(token, "paddock_sign_ins_total{outcome=\"failure\"}");

		SignedInClient.signIn(baseUrl(), this.users.user("Steve").getEmail(), TestUsers.PASSWORD);
		SignedInClient browser = SignedInClient.signIn(baseUrl(), TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		browser.postForm("/logout", "");
		browser.get("/login");
		browser.postForm("/login", "email=nobody@ex.co&password=wrong-password-here");

		assertThat(metric(token, "paddock_sign_ins_total{outcome=\"success\"}")).isEqualTo(successes + 2);
		assertThat(metric(token, "paddock_sign_ins_total{outcome=\"failure\"}")).isEqualTo(failures + 1);
		String metrics = get("/actuator/prometheus", token).body();
		assertThat(metrics).contains("http_server_requests_seconds_count{")
			.contains("paddock_outbox_messages{status=\"pending\"}")
			.contains("paddock_outbox_messages{status=\"sending\"}")
			.contains("paddock_outbox_messages{status=\"failed\"}")
			.contains("paddock_outbox_oldest_unsent_age_seconds ");
	}

	@Test
	void otherEndpointsClosedEvenToAdmins() throws Exception {
		String admin = tokenOf(this.users.instanceAdmin().toActor());
		assertThat(get("/actuator/health", null).statusCode()).isEqualTo(401);
		assertThat(get("/actuator/health", admin).statusCode()).isEqualTo(403);
		assertThat(get("/actuator/env", admin).statusCode()).isEqualTo(403);
		assertThat(get("/actuator", admin).statusCode()).isEqualTo(403);
	}

	private double metric(String token, String series) throws Exception {
		Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$")
			.matcher(get("/actuator/prometheus", token).body());
		assertThat(matcher.find()).as(series).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

	private String tokenOf(Actor actor) {
		return this.tokens.create(actor, "metrics").value();
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
