package io.paddock.account;

import java.util.List;
import java.util.UUID;

import io.paddock.account.SignInThrottle.Kind;
import io.paddock.support.PostgresTest;
import io.paddock.support.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The throttle's counter on PostgreSQL: failures counted at the same moment, the first
 * ones inserting the row at once, are all counted; replicas forgetting old counters at
 * the same moment, and failing while a counter is forgotten, lose nothing.
 */
class SignInThrottlePostgresIT extends PostgresTest {

	@Autowired
	SignInThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void concurrentFailuresAllCount() throws Exception {
		for (int subject = 0; subject < 5; subject++) {
			String address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
			for (int round = 0; round < 10; round++) {
				Race.run(() -> fail(address), () -> fail(address));
			}

			assertThat(this.throttle.failures(Kind.TOKEN_ADDRESS, address)).isEqualTo(20);
			assertThatExceptionOfType(SignInThrottledException.class)
				.isThrownBy(() -> this.throttle.checkApiToken(address))
				.withMessage("Too many sign-in attempts. Try again in 1 minute.");
		}
	}

	@Test
	void cleanupsRunningAtOnceForgetOldCountersOnlyAndNeitherFails() throws Exception {
		String tag = UUID.randomUUID().toString();
		insert("forgotten-" + tag, 3, 2_000, "now() - interval '1 day'");
		insert("live-" + tag, 7, 100, "now() + interval '5 minutes'");

		List<Boolean> outcomes = Race.run(this::forget, this::forget);

		assertThat(outcomes).containsExactly(true, true);
		assertThat(rows("forgotten-" + tag)).isZero();
		assertThat(rows("live-" + tag)).isEqualTo(100);
	}

	@Test
	void failureWhileItsCounterIsForgottenCountsFromOne() throws Exception {
		for (int subject = 0; subject < 10; subject++) {
			String address = "2001:db8::" + UUID.randomUUID().toString().substring(0, 4);
			this.jdbc.update("insert into sign_in_throttle (throttle_key, failures, blocked_until) "
					+ "values (?, 19, now() - interval '1 day')", Kind.TOKEN_ADDRESS.key(address));

			List<Boolean> outcomes = Race.run(this::forget, () -> fail(address));

			assertThat(outcomes).containsExactly(true, true);
			assertThat(this.throttle.failures(Kind.TOKEN_ADDRESS, address)).isEqualTo(1);
			this.throttle.checkApiToken(address);
		}
	}

	private Object forget() {
		this.throttle.forgetOldFailures();
		return null;
	}

	private void insert(String prefix, int failures, int rows, String blockedUntil) {
		this.jdbc.update("insert into sign_in_throttle (throttle_key, failures, blocked_until) select ? || n, ?, "
				+ blockedUntil + " from generate_series(1, ?) as s(n)", prefix + "-", failures, rows);
	}

	private long rows(String prefix) {
		return this.jdbc.queryForObject("select count(*) from sign_in_throttle where throttle_key like ?", Long.class,
				prefix + "-%");
	}

	private Object fail(String address) {
		this.throttle.apiTokenFailed(address);
		return null;
	}

}
