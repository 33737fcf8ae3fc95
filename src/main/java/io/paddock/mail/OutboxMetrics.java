package io.paddock.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import io.paddock.mail.OutboxRepository.UnsentCount;

import org.springframework.stereotype.Component;

/**
 * The outbox backlog as gauges: {@code paddock.outbox.messages} per unsent status
 * ({@code pending}, {@code sending}, {@code failed}) and
 * {@code paddock.outbox.oldest.unsent.age} in seconds (0 when nothing waits). One grouped
 * query serves all of them, at most once per {@link #MAX_AGE}, however often they are
 * read.
 */
@Component
class OutboxMetrics implements MeterBinder {

	static final Duration MAX_AGE = Duration.ofSeconds(5);

	private static final List<OutboxStatus> UNSENT = List.of(OutboxStatus.PENDING, OutboxStatus.SENDING,
			OutboxStatus.FAILED);

	private final OutboxRepository messages;

	private final Clock clock;

	private volatile Backlog backlog;

	OutboxMetrics(OutboxRepository messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		for (OutboxStatus status : UNSENT) {
			Gauge.builder("paddock.outbox.messages", this, (metrics) -> metrics.backlog().count(status))
				.description("Outbox messages not sent yet")
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.strongReference(true)
				.register(registry);
		}
		Gauge.builder("paddock.outbox.oldest.unsent.age", this, (metrics) -> metrics.backlog().oldestAgeSeconds())
			.description("How long the oldest unsent outbox message has waited")
			.baseUnit("seconds")
			.strongReference(true)
			.register(registry);
	}

	private Backlog backlog() {
		Instant now = this.clock.instant();
		Backlog current = this.backlog;
		if (current == null || current.readAt().plus(MAX_AGE).isBefore(now)) {
			current = read(now);
			this.backlog = current;
		}
		return current;
	}

	private Backlog read(Instant now) {
		Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
		Instant oldest = null;
		for (UnsentCount row : this.messages.countUnsent()) {
			counts.put(row.getStatus(), row.getCount());
			if (oldest == null || row.getOldest().isBefore(oldest)) {
				oldest = row.getOldest();
			}
		}
		return new Backlog(now, counts, oldest);
	}

	private record Backlog(Instant readAt, Map<OutboxStatus, Long> counts, Instant oldest) {

		double count(OutboxStatus status) {
			return this.counts.getOrDefault(status, 0L);
		}

		double oldestAgeSeconds() {
			return (this.oldest != null) ? Duration.between(this.oldest, this.readAt).toMillis() / 1000.0 : 0;
		}

	}

}
