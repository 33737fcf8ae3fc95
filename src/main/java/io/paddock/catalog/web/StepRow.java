package io.paddock.catalog.web;

import java.util.List;

import io.paddock.catalog.ModelVersionDetails;
import io.paddock.catalog.StepChoices;

/**
 * One step row of the Create Pipeline form: its number, the chosen model (blank for none)
 * and version (blank for the latest), and the versions of that model to pin.
 */
record StepRow(int number, String model, String version, List<ModelVersionDetails> versions) {

	static StepRow of(int number, PipelineForm.Step step, StepChoices choices) {
		return new StepRow(number, step.model(), step.version(), choices.versionsOf(step.model()));
	}

}
