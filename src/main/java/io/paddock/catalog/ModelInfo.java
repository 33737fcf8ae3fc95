package io.paddock.catalog;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The latest version of a model, as the API shows it: {@code {name, version, file_name,
 * last_update_time}}.
 */
public record ModelInfo(String name, UUID version, @JsonProperty("file_name") String fileName,
		@JsonProperty("last_update_time") Instant lastUpdateTime) {

}
