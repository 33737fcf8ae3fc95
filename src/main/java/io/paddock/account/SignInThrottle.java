package io.paddock.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Throttles guessing: failed sign-ins per account (the email, as typed, normalised) and
 * per client address, failed API tokens per client address. The counters live in the
 * database, so every replica sees the same; a failure is one atomic update of its row, so
 * concurrent failures on several replicas all count. A throttled attempt is refused
 * before its password or token is checked, and is not counted itself. An unknown email is
 * counted like a known one.
 */
@Service
public class SignInThrottle {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate ownTransaction;

	private final SignInThrottleProperties properties;

	private final SignInMetrics metrics;

	private final Clock clock;

	SignInThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, SignInThrottleProperties properties,
			SignInMetrics metrics, Clock clock) {
		this.jdbc = jdbc;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.metrics = metrics;
		this.clock = clock;
	}

	/**
	 * Refuses a sign-in when its account or its address has to wait.
	 * @throws SignInThrottledException saying how long
	 */
	public void checkSignIn(String email, String address) {
		waitFor(Kind.ACCOUNT.key(email), Kind.ADDRESS.key(address)).ifPresent((wait) -> {
			this.metrics.throttledSignIn();
			throw new SignInThrottledException(wait);
		});
	}

	/**
	 * Refuses to check an API token from an address that has to wait.
	 * @throws SignInThrottledException saying how long
	 */
	public void checkApiToken(String address) {
		waitFor(Kind.TOKEN_ADDRESS.key(address)).ifPresent((wait) -> {
			this.metrics.throttledApiToken();
			throw new SignInThrottledException(wait);
		});
	}

	public void apiTokenFailed(String address) {
		fail(Kind.TOKEN_ADDRESS, address);
	}

	@EventListener
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		Authentication attempt = event.getAuthentication();
		fail(Kind.ACCOUNT, attempt.getName());
		if (attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
			fail(Kind.ADDRESS, details.getRemoteAddress());
		}
	}

	@EventListener
	void signInSucceeded(AuthenticationSuccessEvent event) {
		this.jdbc.update("delete from sign_in_throttle where throttle_key = ?",
				Kind.ACCOUNT.key(event.getAuthentication().getName()));
	}

	/**
	 * Frees the rows of counters that are forgotten anyway.
	 */
	@Scheduled(initialDelayString = "${paddock.sign-in.cleanup-interval:10m}",
			fixedDelayString = "${paddock.sign-in.cleanup-interval:10m}")
	void forgetOldFailures() {
		this.jdbc.update("delete from sign_in_throttle where blocked_until < ?", time(forgetBefore()));
	}

	/**
	 * How many failures in a row are counted for the account or address.
	 */
	int failures(Kind kind, String subject) {
		return this.jdbc
			.queryForList("select failures from sign_in_throttle where throttle_key = ? and blocked_until >= ?",
					Integer.class, kind.key(subject), time(forgetBefore()))
			.stream()
			.findFirst()
			.orElse(0);
	}

	private Optional<Duration> waitFor(String... keys) {
		Instant now = this.clock.instant();
		String placeholders = String.join(", ", Collections.nCopies(keys.length, "?"));
		OffsetDateTime until = this.jdbc.queryForObject(
				"select max(blocked_until) from sign_in_throttle where throttle_key in (" + placeholders + ")",
				OffsetDateTime.class, (Object[]) keys);
		return Optional.ofNullable(until)
			.map(OffsetDateTime::toInstant)
			.filter(now::isBefore)
			.map((end) -> Duration.between(now, end));
	}

	/**
	 * Counts a failure: one atomic update that restarts a forgotten counter or adds one,
	 * then the wait the new count earned, in the same transaction (the row stays locked).
	 * The first failure of a subject inserts its row; two replicas inserting at once both
	 * count, one of them through the update.
	 */
	private void fail(Kind kind, String subject) {
		String key = kind.key(subject);
		if (!count(kind, key)) {
			try {
				this.jdbc.update(
						"insert into sign_in_throttle (throttle_key, failures, blocked_until) values (?, 0, ?)", key,
						time(this.clock.instant()));
			}
			catch (DuplicateKeyException ex) {
				// inserted by a concurrent failure: counted below all the same
			}
			count(kind, key);
		}
	}

	private boolean count(Kind kind, String key) {
		return Boolean.TRUE.equals(this.ownTransaction.execute((status) -> {
			Instant now = this.clock.instant();
			int updated = this.jdbc.update(
					"update sign_in_throttle set failures = case when blocked_until < ? then 1 else failures + 1 end,"
							+ " blocked_until = ? where throttle_key = ?",
					time(forgetBefore()), time(now), key);
			if (updated == 0) {
				return false;
			}
			int failures = this.jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?",
					Integer.class, key);
			Duration wait = this.properties.waitAfter(failures, kind.limit(this.properties));
			if (!wait.isZero()) {
				this.jdbc.update("update sign_in_throttle set blocked_until = ? where throttle_key = ?",
						time(now.plus(wait)), key);
			}
			return true;
		}));
	}

	private Instant forgetBefore() {
		return this.clock.instant().minus(this.properties.window());
	}

	private static OffsetDateTime time(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/**
	 * What a counter counts.
	 */
	enum Kind {

		ACCOUNT, ADDRESS, TOKEN_ADDRESS;

		int limit(SignInThrottleProperties properties) {
			return (this == ACCOUNT) ? properties.accountFailures() : properties.addressFailures();
		}

		String key(String subject) {
			String normalised = (this == ACCOUNT) ? User.keyOf(subject) : subject;
			try {
				byte[] digest = MessageDigest.getInstance("SHA-256")
					.digest((name() + ":" + normalised).getBytes(StandardCharsets.UTF_8));
				return HexFormat.of().formatHex(digest);
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
