package io.paddock.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

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
	void apiUploadWithoutBoundaryThenProblem() throws IOException {
		Answer answer = api("POST", modelsPath(), "multipart/form-data", "--x\r\n\r\nabc\r\n--x--\r\n");

		assertProblem(answer, "boundary");
	}

	@Test
	void dashboardUploadWithoutBoundaryThenPageMessage() throws IOException {
		Answer answer = dashboard("POST", "/workspaces/" + this.workspace.getId() + "/models", "multipart/form-data",
				"--x\r\n\r\nabc\r\n--x--\r\n");

		assertPage(answer, "boundary");
	}

	@Test
	void invalidUtf8InQueryStringThenProblem() throws IOException {
		assertProblem(api("GET", "/api/v1/workspaces?page=%C3", null, null), "UTF-8");
		assertProblem(api("GET", "/api/v1/workspaces/by-name/x?create_if_not_exist=%C3", null, null), "UTF-8");
	}

	@Test
	void whitespaceOnlyUserIdsThenPageMessage() throws IOException {
		String invitations = "/workspaces/" + this.workspace.getId() + "/invitations";

		assertPage(dashboard("POST", invitations, "application/x-www-form-urlencoded", "userIds=%20&_csrf=" + csrf()),
				"field userIds holds a blank user id");
		assertPage(
				dashboard("POST", invitations, "application/x-www-form-urlencoded",
						"userIds=" + this.users.user("Guest").getId() + "&owners=%20&_csrf=" + csrf()),
				"field owners holds a blank user id");
		assertPage(
				request("GET", invitations + "/candidates?userIds=%20",
						"Cookie: SESSION=" + sessionCookie() + "\r\nHX-Request: true", null, null),
				"field userIds holds a blank user id");
	}

	@Test
	void nulInUploadFileNameThenProblem() throws IOException {
		Answer answer = api("POST", modelsPath(), "multipart/form-data; boundary=" + BOUNDARY,
				part("name", null, "model-a") + part("file", "a\u0000b.onnx", "abc") + "--" + BOUNDARY + "--\r\n");

		assertProblem(answer, "file name");
	}

	@Test
	void multipartCutBeforeClosingBoundaryThenProblem() throws IOException {
		Answer answer = api("POST", modelsPath(), "multipart/form-data; boundary=" + BOUNDARY,
				part("name", null, "model-b") + "--" + BOUNDARY
						+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.onnx\"\r\n\r\nabc");

		assertProblem(answer, "multipart");
	}

	@Test
	void tomcatRefusalUnderApiThenProblem() throws IOException {
		Answer answer = send("GET /api/v1/workspaces/%ZZ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
				+ this.token + "\r\nConnection: close\r\n\r\n");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.head()).containsIgnoringCase("Content-Type: application/problem+json");
	}

	@Test
	void errorPathThenNotFound() throws IOException {
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

	private Answer api(String method, String path, String contentType, String body) throws IOException {
		return request(method, path, "Authorization: Bearer " + this.token, contentType, body);
	}

	private Answer dashboard(String method, String path, String contentType, String body) throws IOException {
		return request(method, path, "Cookie: SESSION=" + sessionCookie(), contentType, body);
	}

	private String sessionCookie() {
		return Base64.getEncoder().encodeToString(this.browser.sessionId().getBytes(StandardCharsets.US_ASCII));
	}

	private Answer request(String method, String path, String credentials, String contentType, String body)
			throws IOException {
		StringBuilder head = new StringBuilder(
				method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n" + credentials + "\r\nConnection: close\r\n");
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		return send(head + "\r\n" + new String(content, StandardCharsets.UTF_8));
	}

	private Answer send(String request) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return Answer.of(answer.toString(StandardCharsets.UTF_8));
		}
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

	record Answer(String text) {

		static Answer of(String text) {
			return new Answer(text);
		}

		int status() {
			return Integer.parseInt(this.text.substring(9, 12));
		}

		String head() {
			return this.text.substring(0, this.text.indexOf("\r\n\r\n"));
		}

		String body() {
			return this.text.substring(this.text.indexOf("\r\n\r\n") + 4);
		}

	}

}
