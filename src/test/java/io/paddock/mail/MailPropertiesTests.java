package io.paddock.mail;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailPropertiesTests {

	private final MailProperties properties = new MailProperties("Paddock <paddock@localhost>", Duration.ofSeconds(2),
			Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofMinutes(10));

	@Test
	void retryAfterFirstFailureWaitsTheBase() {
		assertThat(this.properties.retryAfter(1)).isEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void retryWaitDoublesWithEachFailure() {
		assertThat(this.properties.retryAfter(2)).isEqualTo(Duration.ofSeconds(4));
		assertThat(this.properties.retryAfter(5)).isEqualTo(Duration.ofSeconds(32));
	}

	@Test
	void retryWaitNeverExceedsTheMaximum() {
		assertThat(this.properties.retryAfter(12)).isEqualTo(Duration.ofMinutes(10));
		assertThat(this.properties.retryAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
	}

}
