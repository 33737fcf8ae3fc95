package io.paddock.catalog;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A pipeline as the API shows it: {@code {name, create_time, definition}}, the definition
 * being the JSON array of steps (written into the response as JSON, not as a string).
 */
public record PipelineInfo(String name, @JsonProperty("create_time") Instant createTime,
		@JsonRawValue @ArraySchema(schema = @Schema(implementation = StepRequest.class)) String definition) {

}
