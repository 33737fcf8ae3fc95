package io.paddock.account;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import io.paddock.account.SignInThrottle.Kind;
import io.paddock.support.IntegrationTest;
import io.paddock.support.Race;
import io.paddock.support.TestClock;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in throttling over real HTTP, each test from client addresses of its own (sent as
 * {@code X-Forwarded-For}, which Tomcat takes from a proxy on loopback).
 */
class SignInThrottleIT extends IntegrationTest {

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	private static final String REFUSED_FOR_A_MINUTE = "Too many sign-in attempts. Try again in 1 minute.";

	@Autowired
	TestClock clock;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	MeterRegistry meters;

	@AfterEach
	void clockBack() {
		this.clock.reset();
	}

	@Test
	void fiveFailuresThenRightPasswordRefusedWithMessage() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();

		failFiveTimes(visitor, email);

		assertThat(visitor.pageAfter(visitor.signIn(email, TestUsers.PASSWORD))).contains(REFUSED_FOR_A_MINUTE)
			.doesNotContain("Wrong email or password");
	}

	@Test
	void refusedAndThrottledSignInsKeepNoSession() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();
		failFiveTimes(visitor, email);

		HttpResponse<String> throttled = visitor.signIn(email, TestUsers.PASSWORD);

		assertThat(throttled.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login?error&wait=1"));
		assertThat(visitor.pageAfter(throttled)).contains(REFUSED_FOR_A_MINUTE);
		assertThat(visitor.cookieNames()).contains("XSRF-TOKEN").doesNotContain("SESSION");
	}

	@Test
	void waitInTheAddressIsShownOnlyAsAWholeNumberOfMinutes() {
		Visitor visitor = new Visitor();

		assertThat(alerts(visitor.get("/login?error&wait=2").body()))
			.isEqualTo("Too many sign-in attempts. Try again in 2 minutes.\n");
		for (String wait : List.of("0", "-1", "abc", "1e3", "99999", "10081", "<b>5</b>")) {
			assertThat(alerts(visitor.get("/login?error&wait=" + encode(wait)).body())).as(wait)
				.isEqualTo("Wrong email or password, or the account is disabled.\n");
		}
	}

	@Test
	void throttledAttemptIsNeitherCheckedNorCounted() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();
		failFiveTimes(visitor, email);
		double checked = signIns("success") + signIns("failure");
		double throttled = signIns("throttled");

		visitor.signIn(email, TestUsers.PASSWORD);
		visitor.signIn(email, "wrong-password");

		assertThat(signIns("success") + signIns("failure")).as("authentications checked").isEqualTo(checked);
		assertThat(signIns("throttled")).isEqualTo(throttled + 2);
		assertThat(this.throttle.failures(Kind.ACCOUNT, email)).isEqualTo(5);
	}

	@Test
	void afterTheWaitThenRightPasswordWorks() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();
		failFiveTimes(visitor, email);

		this.clock.advance(Duration.ofSeconds(61));

		assertSignedIn(visitor.signIn(email, TestUsers.PASSWORD));
	}

	@Test
	void failureAfterTheWaitThenTheWaitDoubles() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();
		failFiveTimes(visitor, email);
		this.clock.advance(Duration.ofSeconds(61));

		assertThat(visitor.pageAfter(visitor.signIn(email, "wrong-password"))).contains("Wrong email or password");

		assertThat(visitor.pageAfter(visitor.signIn(email, TestUsers.PASSWORD)))
			.contains("Too many sign-in attempts. Try again in 2 minutes.");
		this.clock.advance(Duration.ofSeconds(121));
		assertSignedIn(visitor.signIn(email, TestUsers.PASSWORD));
	}

	@Test
	void successResetsTheAccountsCounter() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();
		for (int round = 0; round < 2; round++) {
			for (int attempt = 0; attempt < 4; attempt++) {
				visitor.signIn(email, "wrong-password");
			}
			assertSignedIn(visitor.signIn(email, TestUsers.PASSWORD));
		}
		assertThat(this.throttle.failures(Kind.ACCOUNT, email)).isZero();
	}

	@Test
	void emailIsComparedAsTheAccountIs() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();
		for (int attempt = 0; attempt < 5; attempt++) {
			visitor.signIn(((attempt % 2 == 0) ? email.toUpperCase() : " " + email + " "), "wrong-password");
		}

		assertThat(visitor.pageAfter(visitor.signIn(email, TestUsers.PASSWORD))).contains(REFUSED_FOR_A_MINUTE);
	}

	@Test
	void unknownAccountIsAnsweredAsAKnownOne() {
		String known = this.users.user("Steve").getEmail();
		String unknown = "nobody-" + ADDRESSES.incrementAndGet() + "@ex.co";
		Visitor first = new Visitor();
		Visitor second = new Visitor();

		for (int attempt = 0; attempt < 5; attempt++) {
			HttpResponse<String> toKnown = first.signIn(known, "wrong-password");
			HttpResponse<String> toUnknown = second.signIn(unknown, "wrong-password");
			assertSameAnswer(first, toKnown, second, toUnknown);
		}
		HttpResponse<String> toKnown = first.signIn(known, TestUsers.PASSWORD);
		HttpResponse<String> toUnknown = second.signIn(unknown, TestUsers.PASSWORD);
		assertSameAnswer(first, toKnown, second, toUnknown);
		assertThat(second.pageAfter(toUnknown)).contains(REFUSED_FOR_A_MINUTE);
	}

	@Test
	void htmxSignInWhenThrottledThenTooManyRequests() {
		Visitor visitor = new Visitor();
		String email = this.users.user("Steve").getEmail();
		failFiveTimes(visitor, email);

		HttpResponse<String> answer = visitor
			.send(visitor.form("/login", "email=" + encode(email) + "&password=" + encode(TestUsers.PASSWORD))
				.header("HX-Request", "true"));

		assertThat(answer.statusCode()).isEqualTo(429);
		assertThat(answer.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(answer.body()).isEqualTo(REFUSED_FOR_A_MINUTE);
	}

	@Test
	void twentyFailuresFromOneAddressThenEveryAccountWaitsThere() {
		Visitor visitor = new Visitor();
		for (int attempt = 0; attempt < 20; attempt++) {
			visitor.signIn("guess-" + attempt + "-" + ADDRESSES.incrementAndGet() + "@ex.co", "wrong-password");
		}
		String email = this.users.user("Steve").getEmail();

		assertThat(visitor.pageAfter(visitor.signIn(email, TestUsers.PASSWORD))).contains(REFUSED_FOR_A_MINUTE);
		assertSignedIn(new Visitor().signIn(email, TestUsers.PASSWORD));
	}

	@Test
	void badApiTokensFromOneAddressThenTokensFromThereWait() {
		String token = this.tokens.create(this.users.user("Steve").toActor(), "script").value();
		Visitor script = new Visitor();
		for (int attempt = 0; attempt < 20; attempt++) {
			assertThat(script.api("pdk_guess-" + attempt).statusCode()).isEqualTo(401);
		}

		HttpResponse<String> refused = script.api(token);

		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(refused.headers().firstValue("Retry-After")).hasValue("60");
		JsonNode problem = JsonMapper.builder().build().readTree(refused.body());
		assertThat(problem.get("status").asInt()).isEqualTo(429);
		assertThat(problem.get("detail").asString()).isEqualTo(REFUSED_FOR_A_MINUTE);
		assertThat(new Visitor().api(token).statusCode()).as("another address").isEqualTo(200);
		this.clock.advance(Duration.ofSeconds(61));
		assertThat(script.api(token).statusCode()).isEqualTo(200);
	}

	@Test
	void concurrentFailuresAllCount() throws Exception {
		String email = this.users.user("Steve").getEmail();
		Visitor first = new Visitor();
		Visitor second = new Visitor();

		for (int round = 0; round < 2; round++) {
			Race.run(() -> first.signIn(email, "wrong-password"), () -> second.signIn(email, "wrong-password"));
		}
		assertThat(this.throttle.failures(Kind.ACCOUNT, email)).isEqualTo(4);
		String address = "198.18.0." + ADDRESSES.incrementAndGet() % 250;
		for (int round = 0; round < 10; round++) {
			Race.run(() -> {
				this.throttle.apiTokenFailed(address);
				return null;
			}, () -> {
				this.throttle.apiTokenFailed(address);
				return null;
			});
		}
		assertThat(this.throttle.failures(Kind.TOKEN_ADDRESS, address)).isEqualTo(20);
	}

	private void failFiveTimes(Visitor visitor, String email) {
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(visitor.pageAfter(visitor.signIn(email, "wrong-password-" + attempt)))
				.contains("Wrong email or password");
		}
	}

	private double signIns(String outcome) {
		return this.meters.get("paddock.sign.ins").tag("outcome", outcome).counter().count();
	}

	private static void assertSignedIn(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
	}

	private static void assertSameAnswer(Visitor first, HttpResponse<String> one, Visitor second,
			HttpResponse<String> other) {
		assertThat(other.statusCode()).isEqualTo(one.statusCode());
		assertThat(other.headers().firstValue("Location")).isEqualTo(one.headers().firstValue("Location"));
		assertThat(alerts(second.pageAfter(other))).isEqualTo(alerts(first.pageAfter(one)));
	}

	private static String alerts(String page) {
		Matcher matcher = Pattern.compile("<p[^>]*role=\"alert\"[^>]*>([^<]*)</p>").matcher(page);
		StringBuilder alerts = new StringBuilder();
		while (matcher.find()) {
			alerts.append(matcher.group(1)).append('\n');
		}
		return alerts.toString();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * A browser without JavaScript, or a script, at a client address of its own.
	 */
	private final class Visitor {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		private final CookieManager cookies = new CookieManager();

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		private final String address;

		private String csrf;

		Visitor() {
			int n = ADDRESSES.incrementAndGet();
			this.address = "203.0." + (113 + n / 250) + "." + (1 + n % 250);
		}

		HttpResponse<String> signIn(String email, String password) {
			get("/login");
			return send(form("/login", "email=" + encode(email) + "&password=" + encode(password)));
		}

		HttpRequest.Builder form(String path, String body) {
			return request(path).header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-CSRF-TOKEN", this.csrf)
				.POST(HttpRequest.BodyPublishers.ofString(body));
		}

		/**
		 * The page a redirect leads to.
		 */
		String pageAfter(HttpResponse<String> redirect) {
			assertThat(redirect.statusCode()).isEqualTo(302);
			URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
			return get(location.getRawPath() + ((location.getRawQuery() != null) ? "?" + location.getRawQuery() : ""))
				.body();
		}

		List<String> cookieNames() {
			return this.cookies.getCookieStore().getCookies().stream().map(HttpCookie::getName).toList();
		}

		HttpResponse<String> api(String token) {
			return send(request("/api/v1/workspaces").header("Authorization", "Bearer " + token).GET());
		}

		HttpResponse<String> get(String path) {
			HttpResponse<String> page = send(request(path).GET());
			Matcher matcher = CSRF.matcher(page.body());
			if (matcher.find()) {
				this.csrf = matcher.group(1);
			}
			return page;
		}

		HttpRequest.Builder request(String path) {
			return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("X-Forwarded-For", this.address);
		}

		HttpResponse<String> send(HttpRequest.Builder request) {
			try {
				return this.http.send(request.build(), BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
