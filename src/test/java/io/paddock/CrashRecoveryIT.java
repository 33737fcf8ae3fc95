package io.paddock;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.support.ApplicationProcess;
import io.paddock.support.SignedInClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default (an H2 file under ./data) keeps every write it acknowledged when
 * the process is killed with SIGKILL right after answering, and a signed-in browser stays
 * signed in across the restart.
 */
class CrashRecoveryIT {

	private static final String ADMIN = "admin@example.com";

	private static final String PASSWORD = "crash-recovery-kestrel";

	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*>(pdk_[^<]+)<");

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void killedRightAfterAnsweringThenEveryAcknowledgedWriteAndTheSessionSurviveTheRestart(@TempDir Path home)
			throws Exception {
		ApplicationProcess first = ApplicationProcess.start(home, "--paddock.admin.password=" + PASSWORD);
		SignedInClient browser = SignedInClient.signIn(first.baseUrl(), ADMIN, PASSWORD);
		String token = createToken(browser);
		List<String> acknowledged = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			String name = "crash-" + i;
			if (createWorkspace(first, token, name).statusCode() == 201) {
				acknowledged.add(name);
			}
		}
		first.kill();

		try (ApplicationProcess second = ApplicationProcess.start(home, "--paddock.admin.password=" + PASSWORD)) {
			assertThat(acknowledged).hasSize(60);
			assertThat(workspaceNames(second, token)).containsAll(acknowledged);
			assertThat(browser.on(second.baseUrl()).get("/workspaces").statusCode()).isEqualTo(200);
		}
	}

	private static String createToken(SignedInClient browser) {
		browser.get("/tokens");
		String page = browser.follow(browser.postForm("/tokens", "name=crash-test")).body();
		Matcher matcher = NEW_TOKEN.matcher(page);
		assertThat(matcher.find()).as("the new token on the page").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> createWorkspace(ApplicationProcess application, String token, String name)
			throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(application.baseUrl() + "/api/v1/workspaces?size=500"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"" + name + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private List<String> workspaceNames(ApplicationProcess application, String token) throws Exception {
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create(application.baseUrl() + "/api/v1/workspaces?size=500"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		for (JsonNode workspace : JsonMapper.builder().build().readTree(response.body()).get("workspaces")) {
			names.add(workspace.get("name").asString());
		}
		return names;
	}

}
