package io.paddock.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dashboard sessions live in the database: what they hold, that pages seen before signing
 * in make none, and that signing out or being disabled deletes them, so no replica
 * accepts them again.
 */
class SessionsIT extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SessionRepository<? extends Session> sessionRepository;

	@Test
	void signedInThenSessionRowNamesTheUserAndHoldsOnlySmallAttributes() {
		User john = this.users.user("John");
		SignedInClient browser = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);

		assertThat(browser.get("/workspaces").statusCode()).isEqualTo(200);

		assertThat(this.jdbc.queryForObject("select principal_name from spring_session where session_id = ?",
				String.class, browser.sessionId()))
			.isEqualTo(john.getEmail());
		Map<String, Integer> sizes = attributeSizes(browser.sessionId());
		assertThat(sizes).containsKey("SPRING_SECURITY_CONTEXT")
			.allSatisfy((name, size) -> assertThat(size).as(name).isLessThan(2048));
	}

	@Test
	void signedOutPagesKeepNoSessionAndSigningInReturnsToThePageAskedFor() {
		User john = this.users.user("John");
		long sessionsBefore = allSessionRows();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		HttpResponse<String> asked = send(browser, "/workspaces?page=2", null);
		HttpResponse<String> login = send(browser, "/login", null);
		HttpResponse<String> forgot = send(browser, "/password/forgot", null);

		assertThat(asked.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(List.of(login.statusCode(), forgot.statusCode())).containsOnly(200);
		assertThat(
				Stream.of(asked, login, forgot).flatMap((answer) -> answer.headers().allValues("Set-Cookie").stream()))
			.noneMatch((cookie) -> cookie.startsWith("SESSION="))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("HttpOnly", "SameSite=Lax"));
		assertThat(allSessionRows()).isEqualTo(sessionsBefore);

		HttpResponse<String> signedIn = send(browser, "/login",
				"email=" + john.getEmail() + "&password=" + TestUsers.PASSWORD + "&_csrf=" + csrfToken(login));

		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/workspaces?page=2"));
		assertThat(allSessionRows()).isEqualTo(sessionsBefore + 1);
	}

	@Test
	void signInWithTheTokenOfAnotherBrowsersPageIsRefused() {
		User john = this.users.user("John");
		HttpClient other = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String othersToken = csrfToken(send(other, "/login", null));
		String ownToken = csrfToken(send(browser, "/login", null));

		HttpResponse<String> refused = send(browser, "/login",
				"email=" + john.getEmail() + "&password=" + TestUsers.PASSWORD + "&_csrf=" + othersToken);
		HttpResponse<String> accepted = send(browser, "/login",
				"email=" + john.getEmail() + "&password=" + TestUsers.PASSWORD + "&_csrf=" + ownToken);

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		assertThat(accepted.statusCode()).isEqualTo(302);
		assertThat(accepted.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("SESSION="));
	}

	@Test
	void signedOutThenSessionIsDeletedAndItsCookieNoLongerWorks() {
		User john = this.users.user("John");
		SignedInClient browser = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		String sessionId = browser.sessionId();
		browser.get("/workspaces");

		assertThat(browser.postForm("/logout", "").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login?logout"));

		assertThat(sessionRows(sessionId)).isZero();
		assertThat(browser.get("/workspaces").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
	}

	@Test
	void disabledThenEverySessionOfTheUserIsDeleted() {
		User john = this.users.user("John");
		User steve = this.users.user("Steve");
		SignedInClient johnAtWork = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		SignedInClient johnAtHome = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		SignedInClient steveBrowser = SignedInClient.signIn(baseUrl(), steve.getEmail(), TestUsers.PASSWORD);
		assertThat(sessionsOf(john)).isEqualTo(2);

		SignedInClient admin = SignedInClient.signIn(baseUrl(), TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		admin.get("/users");
		assertThat(admin.postForm("/users/" + john.getId() + "/disable", "").statusCode()).isEqualTo(302);

		assertThat(sessionsOf(john)).isZero();
		assertThat(sessionRows(johnAtWork.sessionId()) + sessionRows(johnAtHome.sessionId())).isZero();
		assertThat(johnAtHome.get("/workspaces").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		assertThat(sessionsOf(steve)).isEqualTo(1);
		assertThat(steveBrowser.get("/workspaces").statusCode()).isEqualTo(200);
	}

	@Test
	void requestsSoonAfterEachOtherWriteNothingToTheSession() {
		SignedInClient browser = SignedInClient.signIn(baseUrl(), this.users.user("John").getEmail(),
				TestUsers.PASSWORD);
		browser.get("/workspaces");
		long lastAccess = lastAccessMillis(browser.sessionId());

		assertThat(browser.get("/workspaces").statusCode()).isEqualTo(200);
		assertThat(browser.get("/").statusCode()).isEqualTo(200);

		assertThat(lastAccessMillis(browser.sessionId())).isEqualTo(lastAccess);
	}

	@Test
	void requestAMinuteAfterTheLastWrittenAccessMovesItAndTheExpiryForward() {
		SignedInClient browser = SignedInClient.signIn(baseUrl(), this.users.user("John").getEmail(),
				TestUsers.PASSWORD);
		browser.get("/workspaces");
		this.jdbc.update("""
				update spring_session set last_access_time = last_access_time - 120000,
				expiry_time = expiry_time - 120000 where session_id = ?""", browser.sessionId());
		long lastAccess = lastAccessMillis(browser.sessionId());

		assertThat(browser.get("/workspaces").statusCode()).isEqualTo(200);

		assertThat(lastAccessMillis(browser.sessionId())).isGreaterThanOrEqualTo(lastAccess + 120_000);
		assertThat(this.jdbc.queryForObject(
				"select expiry_time - last_access_time from spring_session where session_id = ?", Long.class,
				browser.sessionId()))
			.isEqualTo(Duration.ofMinutes(30).toMillis());
	}

	@Test
	void twoRequestsAddingTheSameAttributeAtOnceBothSaveAndTheLaterValueStays() {
		@SuppressWarnings("unchecked")
		SessionRepository<Session> sessions = (SessionRepository<Session>) this.sessionRepository;
		Session created = sessions.createSession();
		sessions.save(created);
		Session first = sessions.findById(created.getId());
		Session second = sessions.findById(created.getId());
		first.setAttribute("token", "first");
		second.setAttribute("token", "second");
		second.setAttribute("other", "kept");

		sessions.save(first);
		sessions.save(second);

		Session stored = sessions.findById(created.getId());
		assertThat(stored.<String>getAttribute("token")).isEqualTo("second");
		assertThat(stored.<String>getAttribute("other")).isEqualTo("kept");
		sessions.deleteById(created.getId());
	}

	/**
	 * A GET, or a form POST when a body is given; redirects are not followed.
	 */
	private HttpResponse<String> send(HttpClient browser, String path, String form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if (form != null) {
			request.header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form));
		}
		try {
			return browser.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfToken(HttpResponse<String> page) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as("CSRF field in the page").isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
	}

	private long allSessionRows() {
		return this.jdbc.queryForObject("select count(*) from spring_session", Long.class);
	}

	private long lastAccessMillis(String sessionId) {
		return this.jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class,
				sessionId);
	}

	private Map<String, Integer> attributeSizes(String sessionId) {
		return this.jdbc.query("""
				select a.attribute_name, octet_length(a.attribute_bytes) from spring_session_attributes a
				join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""", (rs) -> {
			Map<String, Integer> sizes = new TreeMap<>();
			while (rs.next()) {
				sizes.put(rs.getString(1), rs.getInt(2));
			}
			return sizes;
		}, sessionId);
	}

	private int sessionRows(String sessionId) {
		return this.jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class,
				sessionId);
	}

	private int sessionsOf(User user) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user.getEmail());
	}

}
