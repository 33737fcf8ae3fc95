package io.paddock.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.paddock.catalog.ModelVersionDetails;

/**
 * One uploaded version of a model, in the API's snake_case.
 *
 * @param uploadedBy the uploader's email
 */
record ModelVersionJson(String name, UUID version, @JsonProperty("file_name") String fileName, long size, String sha256,
		@JsonProperty("last_update_time") Instant lastUpdateTime, @JsonProperty("uploaded_by") String uploadedBy) {

	static ModelVersionJson of(ModelVersionDetails details) {
		return new ModelVersionJson(details.name(), details.version(), details.fileName(), details.size(),
				details.sha256(), details.lastUpdateTime(), details.uploadedBy());
	}

}
