package io.paddock.activity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long activity is kept ({@code paddock.activity.retention}, e.g. {@code P365D}), how
 * often expired entries are purged, and how many are deleted per statement.
 */
@ConfigurationProperties("paddock.activity")
record ActivityProperties(@DefaultValue("P365D") Duration retention, @DefaultValue("1h") Duration purgeInterval,
		@DefaultValue("1000") int purgeBatch) {

	ActivityProperties {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("paddock.activity.retention must be positive, not " + retention);
		}
		if (purgeBatch < 1) {
			throw new IllegalArgumentException("paddock.activity.purge-batch must be at least 1, not " + purgeBatch);
		}
	}

}
