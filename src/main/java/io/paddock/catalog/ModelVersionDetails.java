package io.paddock.catalog;

import java.time.Instant;
import java.util.UUID;

/**
 * One version of a model as the dashboard shows it.
 *
 * @param uploadedBy the uploader's email
 */
public record ModelVersionDetails(String name, UUID version, String fileName, long size, String sha256,
		Instant lastUpdateTime, String uploadedBy) {

}
