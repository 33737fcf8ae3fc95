package io.paddock.mail;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxMessageTests {

	private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

	@Test
	void htmlForFrameIsTheHtmlAsSentWithLinksOpeningInTheWholeWindow() {
		OutboxMessage message = new OutboxMessage("john@ex.co", "Hi", "text",
				"<!DOCTYPE html><html><head><title>Hi</title></head><body style=\"x\"><p>Hello</p></body></html>", NOW);

		assertThat(message.getHtmlBodyForFrame()).isEqualTo("<!DOCTYPE html><html><head><base target=\"_top\">"
				+ "<title>Hi</title></head><body style=\"x\"><p>Hello</p></body></html>");
		assertThat(new OutboxMessage("john@ex.co", "Hi", "text", "<p>Hi</p>", NOW).getHtmlBodyForFrame())
			.isEqualTo("<base target=\"_top\"><p>Hi</p>");
	}

	@Test
	void failedMessageKeepsTheReasonAndWaitsForTheNextAttempt() {
		OutboxMessage message = new OutboxMessage("john@ex.co", "Hi", "text", "<p>Hi</p>", NOW);

		message.failed("Connection refused", NOW, Duration.ofSeconds(4));

		assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(message.getAttempts()).isEqualTo(1);
		assertThat(message.getLastError()).isEqualTo("Connection refused");
		assertThat(message.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(4));
	}

	@Test
	void sentMessageForgetsEarlierFailures() {
		OutboxMessage message = new OutboxMessage("john@ex.co", "Hi", "text", "<p>Hi</p>", NOW);
		message.failed("Connection refused", NOW, Duration.ofSeconds(2));

		message.sent(NOW.plusSeconds(3));

		assertThat(message.getStatus()).isEqualTo(OutboxStatus.SENT);
		assertThat(message.getAttempts()).isEqualTo(2);
		assertThat(message.getLastError()).isNull();
		assertThat(message.getSentAt()).isEqualTo(NOW.plusSeconds(3));
	}

}
