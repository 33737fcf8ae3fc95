package io.paddock.activity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the entries older than the retention, in batches of their own transactions, so
 * that no purge holds many locks or a long transaction. Replicas may purge at the same
 * time: deleting what is gone already changes nothing.
 */
@Component
@EnableConfigurationProperties(ActivityProperties.class)
class ActivityRetention {

	private static final Logger log = LoggerFactory.getLogger(ActivityRetention.class);

	private final ActivityRepository entries;

	private final ActivityProperties properties;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ActivityRetention(ActivityRepository entries, ActivityProperties properties, TransactionTemplate transactions,
			Clock clock) {
		this.entries = entries;
		this.properties = properties;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${paddock.activity.purge-interval:1h}",
			fixedDelayString = "${paddock.activity.purge-interval:1h}")
	void scheduledPurge() {
		purge();
	}

	/**
	 * Deletes every entry older than the retention; returns how many.
	 */
	int purge() {
		Instant cutoff = this.clock.instant().minus(this.properties.retention());
		int total = 0;
		int deleted;
		do {
			deleted = this.transactions.execute((status) -> {
				List<Long> expired = this.entries.findExpired(cutoff, Limit.of(this.properties.purgeBatch()));
				return expired.isEmpty() ? 0 : this.entries.deleteByIds(expired.toArray(Long[]::new));
			});
			total += deleted;
		}
		while (deleted == this.properties.purgeBatch());
		if (total > 0) {
			log.info("Deleted {} activity entries older than {}", total, cutoff);
		}
		return total;
	}

}
