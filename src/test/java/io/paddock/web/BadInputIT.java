package io.paddock.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.RawHttp;
import io.paddock.support.RawHttp.Answer;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests, sent byte by byte over a socket so that Tomcat parses them as it
 * would a client's, answer 400 with a message: a problem detail under {@code /api}, a
 * page on the dashboard.
 */
class BadInputIT extends IntegrationTest {

	private static final String BOUNDARY = "paddock-boundary";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	ApiTokenService tokens;

	@Autowired
	WorkspaceService workspaces;

	private String token;

	private Workspace workspace;

	private SignedInClient browser;

	@BeforeEach
	void ownerWithWorkspace() {
		User owner = this.users.user("Owner");
		this.workspace = this.workspaces.create(owner.toActor(), TestUsers.uniqueName("bad-input"));
		this.token = this.tokens.create(owner.toActor(), "test").value();
		this.browser = SignedInClient.signIn(baseUrl(), owner.getEmail(), TestUsers.PASSWORD);
	}

	@Test
	void apiUploadWithoutBoundaryThenProblem() {
		Answer answer = api("POST", modelsPath(), "multipart/form-data", "--x\r\n\r\nabc\r\n--x--\r\n");

		assertProblem(answer, "boundary");
	}

	@Test
	void dashboardUploadWithoutBoundaryThenPageMessage() {
		Answer answer = dashboard("POST", "/workspaces/" + this.workspace.getId() + "/models", "multipart/form-data",
				"--x\r\n\r\nabc\r\n--x--\r\n");

		assertPage(answer, "boundary");
	}

	@Test
	void invalidUtf8InQueryStringThenProblem() {
		assertProblem(api("GET", "/api/v1/workspaces?page=%C3", null, null), "UTF-8");
		assertProblem(api("GET", "/api/v1/workspaces/by-name/x?create_if_not_exist=%C3", null, null), "UTF-8");
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void brokenPercentSequenceOnDashboardThenPageMessageAndNoErrorLogged(CapturedOutput output) {
		Answer answer = dashboard("GET", "/workspaces?q=%ZZ", null, null);

		assertPage(answer, "parameters could not be read");
		assertThat(output.getAll()).doesNotContain("InvalidParameterException");
	}

	@Test
	void whitespaceOnlyUserIdsThenPageMessage() {
		String invitations = "/workspaces/" + this.workspace.getId() + "/invitations";

		assertPage(dashboard("POST", invitations, "application/x-www-form-urlencoded", "userIds=%20&_csrf=" + csrf()),
				"field userIds holds a blank user id");
		assertPage(
				dashboard("POST", invitations, "application/x-www-form-urlencoded",
						"userIds=" + this.users.user("Guest").getId() + "&owners=%20&_csrf=" + csrf()),
				"field owners holds a blank user id");
		assertPage(
				request("GET", invitations + "/candidates?userIds=%20", cookies() + "\r\nHX-Request: true", null, null),
				"field userIds holds a blank user id");
	}

	@Test
	void nulInUploadFileNameThenProblem() {
		Answer answer = api("POST", modelsPath(), "multipart/form-data; boundary=" + BOUNDARY,
				part("name", null, "model-a") + part("file", "a\u0000b.onnx", "abc") + "--" + BOUNDARY + "--\r\n");

		assertProblem(answer, "file name");
	}

	@Test
	void multipartCutBeforeClosingBoundaryThenProblem() {
		Answer answer = api("POST", modelsPath(), "multipart/form-data; boundary=" + BOUNDARY,
				part("name", null, "model-b") + "--" + BOUNDARY
						+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.onnx\"\r\n\r\nabc");

		assertProblem(answer, "multipart");
	}

	@Test
	void apiUploadWithTheNameSentAsAFileThenProblem() {
		Answer answer = api("POST", modelsPath(), "multipart/form-data; boundary=" + BOUNDARY,
				part("name", "model-a", "") + part("name", null, "model-a") + "--" + BOUNDARY + "--\r\n");

		assertProblem(answer, "The field name must be text, not a file.");
	}

	@Test
	void apiUploadWithAnUnparsablePartHeaderThenProblemAndSavedVersionsKept() {
		String upload = part("name", null, "model-a") + part("file", "a.onnx", "abc") + "--" + BOUNDARY + "--\r\n";
		assertThat(api("POST", modelsPath(), "multipart/form-data; boundary=" + BOUNDARY, upload).status())
			.isEqualTo(201);

		Answer answer = api("POST", modelsPath(), "multipart/form-data; boundary=\"" + BOUNDARY + "\"",
				part("name", "\"    ;", "") + part("name", null, "model-a") + "--" + BOUNDARY + "--\r\n");

		assertProblem(answer, "malformed Content-Disposition header");
		Answer history = api("GET", modelsPath() + "/model-a", null, null);
		assertThat(history.status()).as(history.text()).isEqualTo(200);
		assertThat(history.body()).as(history.text()).contains("a.onnx");
	}

	@Test
	void dashboardUploadWithAnUnparsablePartHeaderThenPageMessage() {
		Answer answer = dashboard("POST", "/workspaces/" + this.workspace.getId() + "/models",
				"multipart/form-data; boundary=\"" + BOUNDARY + "\"",
				part("name", "\"    ;", "") + part("_csrf", null, csrf()) + "--" + BOUNDARY + "--\r\n");

		assertPage(answer, "malformed Content-Disposition header");
	}

	@Test
	void dashboardUploadWithTheFileSentAsTextThenPageMessage() {
		Answer answer = dashboard("POST", "/workspaces/" + this.workspace.getId() + "/models",
				"multipart/form-data; boundary=" + BOUNDARY, part("file", null, "") + part("name", null, "model-a")
						+ part("_csrf", null, csrf()) + "--" + BOUNDARY + "--\r\n");

		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.body()).as(answer.text()).contains("Choose a file");
	}

	@Test
	void dashboardUploadWithTheNameSentAsAFileThenPageMessage() {
		Answer answer = dashboard("POST", "/workspaces/" + this.workspace.getId() + "/models",
				"multipart/form-data; boundary=" + BOUNDARY,
				part("name", "", "") + part("_csrf", null, csrf()) + "--" + BOUNDARY + "--\r\n");

		assertThat(answer.status()).as(answer.text()).isEqualTo(200);
		assertThat(answer.body()).as(answer.text()).contains("Choose a file");
	}

	@Test
	void tomcatRefusalUnderApiThenProblem() {
		Answer answer = send("GET /api/v1/workspaces/%ZZ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
				+ this.token + "\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
	}

	@Test
	void errorPathThenNotFound() {
		Answer answer = send("GET /error HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain("999");
	}

	private String modelsPath() {
		return "/api/v1/workspaces/" + this.workspace.getId() + "/models";
	}

	private String csrf() {
		String page = this.browser.get("/workspaces/" + this.workspace.getId()).body();
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String part(String name, String fileName, String value) {
		return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
				+ ((fileName != null) ? "; filename=\"" + fileName + "\"" : "") + "\r\n\r\n" + value + "\r\n";
	}

	private Answer api(String method, String path, String contentType, String body) {
		return request(method, path, "Authorization: Bearer " + this.token, contentType, body);
	}

	private Answer dashboard(String method, String path, String contentType, String body) {
		return request(method, path, cookies(), contentType, body);
	}

	private String cookies() {
		return this.browser.cookieHeader();
	}

	private Answer request(String method, String path, String credentials, String contentType, String body) {
		return new RawHttp(this.port).send(method, path, credentials, contentType, body);
	}

	private Answer send(String request) {
		return new RawHttp(this.port).send(request);
	}

	private static void assertProblem(Answer answer, String detailMentions) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(400);
		assertThat(answer.head()).as(answer.text()).containsIgnoringCase("Content-Type: application/problem+json");
		assertThat(answer.body()).as(answer.text()).containsIgnoringCase(detailMentions);
	}

	private static void assertPage(Answer answer, String messageMentions) {
		assertThat(answer.status()).as(answer.text()).isEqualTo(400);
		assertThat(answer.head()).as(answer.text()).containsIgnoringCase("Content-Type: text/html");
		assertThat(answer.body()).as(answer.text()).containsIgnoringCase(messageMentions);
	}

}
