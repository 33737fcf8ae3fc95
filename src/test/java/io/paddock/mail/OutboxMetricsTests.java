package io.paddock.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox gauges read the backlog from the database, one query for all of them.
 */
@DataJpaTest
class OutboxMetricsTests {

	private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");

	@Autowired
	OutboxRepository messages;

	private final MovableClock clock = new MovableClock();

	private final MeterRegistry registry = new SimpleMeterRegistry();

	@BeforeEach
	void bind() {
		new OutboxMetrics(this.messages, this.clock).bindTo(this.registry);
	}

	@Test
	void countsUnsentMessagesByStatusAndAgeOfTheOldest() {
		message(NOW.minusSeconds(60));
		message(NOW.minusSeconds(10));
		message(NOW.minusSeconds(30)).failed("connection refused", NOW, Duration.ofSeconds(2));
		message(NOW.minusSeconds(600)).sent(NOW.minusSeconds(599));
		this.messages.flush();

		assertThat(gauge("paddock.outbox.messages", "pending")).isEqualTo(2);
		assertThat(gauge("paddock.outbox.messages", "sending")).isZero();
		assertThat(gauge("paddock.outbox.messages", "failed")).isEqualTo(1);
		assertThat(this.registry.get("paddock.outbox.oldest.unsent.age").gauge().value()).isEqualTo(60);
	}

	@Test
	void emptyOutboxThenZeroes() {
		assertThat(gauge("paddock.outbox.messages", "pending")).isZero();
		assertThat(this.registry.get("paddock.outbox.oldest.unsent.age").gauge().value()).isZero();
	}

	@Test
	void readsAgainOnlyAfterTheSnapshotAged() {
		assertThat(gauge("paddock.outbox.messages", "pending")).isZero();
		message(NOW);
		this.messages.flush();

		assertThat(gauge("paddock.outbox.messages", "pending")).isZero();
		this.clock.now = NOW.plus(OutboxMetrics.MAX_AGE).plusSeconds(1);
		assertThat(gauge("paddock.outbox.messages", "pending")).isEqualTo(1);
	}

	private OutboxMessage message(Instant createdAt) {
		return this.messages.save(new OutboxMessage("john@ex.co", "Invitation", "text", "<p>html</p>", createdAt));
	}

	private double gauge(String name, String status) {
		return this.registry.get(name).tag("status", status).gauge().value();
	}

	private static final class MovableClock extends Clock {

		private Instant now = NOW;

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
