package io.paddock.web;

import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.RawHttp;
import io.paddock.support.RawHttp.Answer;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import io.paddock.workspace.WorkspaceService;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestContextManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated requests to the dashboard's forms and the API, as a signed-in
 * admin over real HTTP: values with any unicode, NUL, raw and broken %-sequences, huge
 * numbers, whitespace, stray parameters, odd JSON and multipart bodies. None may answer a
 * server error. The application is the one every {@link IntegrationTest} shares, prepared
 * by Spring's test context for each property (jqwik runs beside JUnit Jupiter).
 */
class BadInputPropertiesIT extends IntegrationTest {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	WorkspaceService workspaces;

	private RawHttp http;

	private String cookies;

	private String csrf;

	private String token;

	private long workspace;

	private long archivable;

	private UUID member;

	@BeforeProperty
	void signedInAdminWithWorkspaces() throws Exception {
		new TestContextManager(getClass()).prepareTestInstance(this);
		User admin = this.users.admin("Fuzzer");
		this.workspace = this.workspaces.create(admin.toActor(), TestUsers.uniqueName("fuzz")).getId();
		this.archivable = this.workspaces.create(admin.toActor(), TestUsers.uniqueName("fuzz-archive")).getId();
		this.member = this.users.user("Member").getId();
		this.token = this.tokens.create(admin.toActor(), "fuzz").value();
		SignedInClient browser = SignedInClient.signIn(baseUrl(), admin.getEmail(), TestUsers.PASSWORD);
		browser.get("/workspaces/" + this.workspace);
		this.cookies = browser.cookieHeader();
		this.csrf = browser.csrfToken();
		this.http = new RawHttp(this.port);
	}

	@Property(tries = 700, shrinking = ShrinkingMode.BOUNDED)
	void dashboardFormsAnswerNoServerError(@ForAll("dashboardCalls") Call call) {
		assertNoServerError(call,
				this.cookies + "\r\nX-CSRF-TOKEN: " + this.csrf + (call.htmx() ? "\r\nHX-Request: true" : ""));
	}

	@Property(tries = 700, shrinking = ShrinkingMode.BOUNDED)
	void apiAnswersNoServerError(@ForAll("apiCalls") Call call) {
		assertNoServerError(call, "Authorization: Bearer " + this.token + "\r\nAccept: application/json");
	}

	private void assertNoServerError(Call call, String headers) {
		Answer answer = this.http.send(call.method(), call.target(), headers, call.contentType(), call.body());
		assertThat(answer.status()).as("%s%n%s", call, answer.text()).isLessThan(500);
	}

	@Provide
	Arbitrary<Call> dashboardCalls() {
		String w = "/workspaces/" + this.workspace;
		Arbitrary<String> v = values();
		return Arbitraries.oneOf(
				Combinators.combine(v, v, htmx())
					.as((q, page, htmx) -> Call.get("/workspaces?q=" + q + "&page=" + page, htmx)),
				Combinators.combine(v, extra(), htmx())
					.as((name, extra, htmx) -> Call.form("/workspaces", "name=" + name + extra, htmx)),
				v.map((q) -> Call.get("/workspaces/switcher?q=" + q, true)),
				Combinators.combine(v, htmx()).as((id, htmx) -> Call.form("/workspaces/current", "id=" + id, htmx)),
				v.map((id) -> Call.get("/workspaces/" + id, false)),
				Combinators.combine(v, v, htmx())
					.as((q, ids, htmx) -> Call.get(w + "/invitations?q=" + q + "&userIds=" + ids, htmx)),
				Combinators.combine(v, v, v)
					.as((q, ids, owners) -> Call
						.get(w + "/invitations/candidates?q=" + q + "&userIds=" + ids + "&owners=" + owners, true)),
				Combinators.combine(v, v, extra(), htmx())
					.as((ids, owners, extra, htmx) -> Call.form(w + "/invitations",
							"userIds=" + ids + "&userIds=" + this.member + "&owners=" + owners + extra, htmx)),
				Combinators.combine(v, v, htmx())
					.as((user, role, htmx) -> Call.form(w + "/members/" + user + "/role", "role=" + role, htmx)),
				Combinators.combine(v, htmx())
					.as((role, htmx) -> Call.form(w + "/members/" + this.member + "/role", "role=" + role, htmx)),
				v.map((user) -> Call.get(w + "/members/" + user + "/removal", false)),
				v.map((archived) -> Call.form("/workspaces/" + this.archivable + "/archived", "archived=" + archived,
						false)),
				v.map((problem) -> Call.get(w + "/models?problem=" + problem, false)),
				v.map((name) -> Call.get(w + "/models/" + name, false)),
				Combinators.combine(v, v)
					.as((name, version) -> Call.get(w + "/models/" + name + "/versions/" + version + "/file", false)),
				pipelineCalls(w, v), multipart().map((upload) -> upload.to(w + "/models")),
				Combinators.combine(v, v).as((q, page) -> Call.get("/users?q=" + q + "&page=" + page, false)),
				Combinators.combine(v, v, v, v)
					.as((email, name, type, password) -> Call.form("/users",
							"email=" + email + "&displayName=" + name + "&type=" + type + "&password=" + password,
							false)),
				v.map((name) -> Call.form("/tokens", "name=" + name, false)),
				v.map((page) -> Call.get("/outbox?page=" + page, false)),
				v.map((id) -> Call.get("/outbox/" + id, false)));
	}

	/**
	 * The Create Pipeline form, with and without Add another step, and the version list
	 * of a step.
	 */
	private Arbitrary<Call> pipelineCalls(String w, Arbitrary<String> v) {
		return Arbitraries.oneOf(Combinators.combine(v, v, v, v, Arbitraries.of("", "&addStep=", "&addStep=x"), htmx())
			.as((name, first, second, version, addStep, htmx) -> Call.form(w + "/pipelines",
					"name=" + name + "&steps=" + first + "&steps=" + second + "&versions=" + version + addStep, htmx)),
				Combinators.combine(v, v)
					.as((step, model) -> Call.get(w + "/pipelines/versions?step=" + step + "&steps=" + model, true)));
	}

	@Provide
	Arbitrary<Call> apiCalls() {
		String w = "/api/v1/workspaces/" + this.workspace;
		Arbitrary<String> v = values();
		Arbitrary<String> j = jsonValues();
		return Arbitraries.oneOf(
				Combinators.combine(v, v, v)
					.as((q, page, size) -> Call.get("/api/v1/workspaces?q=" + q + "&page=" + page + "&size=" + size,
							false)),
				Combinators.combine(v, v)
					.as((name, create) -> Call
						.get("/api/v1/workspaces/by-name/" + name + "?create_if_not_exist=" + create, false)),
				jsonBodies("name").map((body) -> Call.json("POST", "/api/v1/workspaces", body)),
				jsonBodies("id").map((body) -> Call.json("PUT", "/api/v1/current-workspace", body)),
				jsonBodies("email").map((body) -> Call.json("POST", w + "/users", body)),
				jsonBodies("email").map((body) -> Call.json("POST", w + "/owners", body)),
				v.map((email) -> Call.json("DELETE", w + "/users/" + email, null)),
				v.map((email) -> Call.json("DELETE", w + "/owners/" + email, null)),
				jsonBodies("archived")
					.map((body) -> Call.json("PUT", "/api/v1/workspaces/" + this.archivable + "/archived", body)),
				Combinators.combine(j, j, j)
					.as((name, model, version) -> Call.json("POST", w + "/pipelines",
							"{\"name\": " + name + ", \"steps\": [{\"model\": " + model + ", \"version\": " + version
									+ "}]}")),
				jsonBodies("steps").map((body) -> Call.json("POST", w + "/pipelines", body)),
				v.map((name) -> Call.get(w + "/models/" + name, false)),
				Combinators.combine(v, v)
					.as((name, version) -> Call.get(w + "/models/" + name + "/versions/" + version + "/file", false)),
				v.map((name) -> Call.json("DELETE", w + "/models/" + name, null)),
				v.map((name) -> Call.json("DELETE", w + "/pipelines/" + name, null)),
				v.map((id) -> Call.get("/api/v1/workspaces/" + id + "/users", false)),
				multipart().map((upload) -> upload.to(w + "/models")));
	}

	/**
	 * A value as it appears in a URL or form body: text of any kind, percent-encoded, or
	 * raw (broken) %-sequences and number-like tokens.
	 */
	private Arbitrary<String> values() {
		return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30).map(BadInputPropertiesIT::encode),
				awkwardText().map(BadInputPropertiesIT::encode),
				Arbitraries.strings().withChars("%0123456789abcdefCFZ+.-").ofMaxLength(10), numbers(),
				Arbitraries.of("" + this.workspace, this.member.toString(), "owner", "collaborator", "OWNER", "true",
						"ADMIN"));
	}

	private static Arbitrary<String> awkwardText() {
		return Arbitraries.strings()
			.withChars("\u0000\u0001\t\r\n \u00a0\u2028\u3000\u200b\ufeff+&=;,/\\\"'<>#?%.@-_aZ9é\ud83d\ude00")
			.ofMaxLength(16);
	}

	private static Arbitrary<String> numbers() {
		BigInteger huge = BigInteger.TEN.pow(40);
		return Arbitraries.oneOf(Arbitraries.bigIntegers().between(huge.negate(), huge).map(BigInteger::toString),
				Arbitraries.of("0", "-1", "2147483648", "-2147483649", "9223372036854775808", "1e309", "-0", "0x1F",
						"NaN", "Infinity", "1.5", ""));
	}

	/**
	 * A JSON value: a string of any text, a number of any size, or another kind of value.
	 */
	private static Arbitrary<String> jsonValues() {
		return Arbitraries.oneOf(
				Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30), awkwardText())
					.map(BadInputPropertiesIT::jsonString),
				numbers().filter((number) -> !number.isEmpty()), Arbitraries.of("null", "true", "false", "[]", "{}",
						"[\"a\"]", "{\"a\": 1}", "1e999", "-0.0", "\"\"", "\" \""));
	}

	/**
	 * A body of an operation taking the field: an object with it (of any JSON value), or
	 * something else entirely.
	 */
	private static Arbitrary<String> jsonBodies(String field) {
		return Arbitraries.oneOf(jsonValues().map((value) -> "{\"" + field + "\": " + value + "}"),
				jsonValues().map((value) -> "{\"" + field + "\": " + value + ", \"" + field + "\": 1}"), jsonValues(),
				awkwardText(), Arbitraries.of("", "{", "{\"" + field + "\"", "[{}]", "{\"" + field + "\": }"));
	}

	private static Arbitrary<Boolean> htmx() {
		return Arbitraries.of(true, false);
	}

	/**
	 * A stray parameter, or none.
	 */
	private Arbitrary<String> extra() {
		return Arbitraries.oneOf(Arbitraries.just(""),
				Combinators.combine(values(), values()).as((name, value) -> "&" + name + "=" + value));
	}

	/**
	 * Multipart bodies, well formed and not: missing, empty or odd boundaries, parts with
	 * odd names, file names (NUL, quotes, paths, unicode) and contents, cut before the
	 * closing boundary.
	 */
	private static Arbitrary<Upload> multipart() {
		Arbitrary<String> boundary = Arbitraries.oneOf(Arbitraries.just("b0undary"),
				Arbitraries.strings().withChars("abcXYZ019'()+_,-./:=? ").ofMinLength(1).ofMaxLength(72));
		Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(20), awkwardText(),
				Arbitraries.of("model-a", "a.onnx", "../../etc/passwd", "C:\\x\\y.bin"));
		Arbitrary<String> part = Combinators
			.combine(Arbitraries.oneOf(Arbitraries.of("name", "file", "_csrf"), text), text, text,
					Arbitraries.of(true, false))
			.as((name, fileName, content, isFile) -> "Content-Disposition: form-data; name=\"" + name + "\""
					+ (isFile ? "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream" : "")
					+ "\r\n\r\n" + content + "\r\n");
		Arbitrary<List<String>> parts = part.list().ofMaxSize(4);
		Arbitrary<String> type = Arbitraries.of("multipart/form-data; boundary=%s", "multipart/form-data",
				"multipart/form-data; boundary=\"%s\"", "multipart/form-data; boundary=",
				"multipart/mixed; boundary=%s", "multipart/form-data; charset=utf-8; boundary=%s");
		Arbitrary<String> end = Arbitraries.of("--%s--\r\n", "", "--%s", "--%s\r\n", "--other--\r\n");
		return Combinators.combine(boundary, parts, type, end, Arbitraries.of(true, false))
			.as((b, all, contentType, ending, named) -> {
				StringBuilder body = new StringBuilder();
				for (String one : all) {
					body.append("--").append(b).append("\r\n").append(one);
				}
				if (named) {
					body.append("--")
						.append(b)
						.append("\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nmodel-a\r\n");
				}
				body.append(ending.formatted(b));
				return new Upload(contentType.formatted(b), body.toString());
			});
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String jsonString(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append("\\u%04x".formatted((int) c));
			}
			else {
				json.append(c);
			}
		}
		return json.append('"').toString();
	}

	record Upload(String contentType, String body) {

		Call to(String path) {
			return new Call("POST", path, this.contentType, this.body, false);
		}

	}

	/**
	 * One request: its method, target (path and query, as sent), body and its type.
	 */
	record Call(String method, String target, String contentType, String body, boolean htmx) {

		static Call get(String target, boolean htmx) {
			return new Call("GET", target, null, null, htmx);
		}

		static Call form(String path, String body, boolean htmx) {
			return new Call("POST", path, "application/x-www-form-urlencoded", body, htmx);
		}

		static Call json(String method, String path, String body) {
			return new Call(method, path, (body != null) ? "application/json" : null, body, false);
		}

	}

}
