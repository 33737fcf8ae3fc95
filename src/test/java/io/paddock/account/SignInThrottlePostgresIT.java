package io.paddock.account;

import java.util.UUID;

import io.paddock.account.SignInThrottle.Kind;
import io.paddock.support.PostgresTest;
import io.paddock.support.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The throttle's counter on PostgreSQL: failures counted at the same moment, the first
 * ones inserting the row at once, are all counted.
 */
class SignInThrottlePostgresIT extends PostgresTest {

	@Autowired
	SignInThrottle throttle;

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

	private Object fail(String address) {
		this.throttle.apiTokenFailed(address);
		return null;
	}

}
