package io.paddock.catalog;

import java.io.IOException;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code storage} health: up when the model file store can be written (the folder) or
 * reached (the bucket).
 */
@Component
class StorageHealthIndicator implements HealthIndicator {

	private final ModelFileStore files;

	StorageHealthIndicator(ModelFileStore files) {
		this.files = files;
	}

	@Override
	public Health health() {
		try {
			this.files.checkAvailable();
			return Health.up().withDetail("location", this.files.location()).build();
		}
		catch (IOException | RuntimeException ex) {
			return Health.down().withDetail("location", this.files.location()).withException(ex).build();
		}
	}

}
