package io.paddock.catalog;

import java.time.Instant;
import java.util.List;

/**
 * A pipeline as the dashboard shows it.
 *
 * @param createdBy the creator's email
 * @param definition the steps as JSON
 */
public record PipelineDetails(String name, Instant createTime, String createdBy, List<StepRequest> steps,
		String definition) {

	/**
	 * The definition with one step a line, for reading.
	 */
	public String displayDefinition() {
		return PipelineDefinition.pretty(this.definition);
	}

}
