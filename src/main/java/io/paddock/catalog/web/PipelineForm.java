package io.paddock.catalog.web;

import java.util.ArrayList;
import java.util.List;

import io.paddock.catalog.StepRequest;

/**
 * The Create Pipeline form: a name and the chosen model of each step, in order; a choice
 * is {@code model} (its latest version) or {@code model@version}. Blank choices are
 * skipped.
 */
record PipelineForm(String name, List<String> steps) {

	static final int INITIAL_STEPS = 3;

	static PipelineForm empty() {
		return new PipelineForm("", List.of());
	}

	/**
	 * The choices to show: those made, then blank ones up to {@code rows}.
	 */
	List<String> rows(int rows) {
		List<String> shown = new ArrayList<>(chosen());
		while (shown.size() < rows) {
			shown.add("");
		}
		return shown;
	}

	/**
	 * How many step rows the form had, blank ones included.
	 */
	int submittedRows() {
		return (this.steps != null) ? this.steps.size() : 0;
	}

	List<String> chosen() {
		return (this.steps != null) ? this.steps.stream().filter((s) -> s != null && !s.isBlank()).toList() : List.of();
	}

	List<StepRequest> toSteps() {
		return chosen().stream().map(PipelineForm::toStep).toList();
	}

	static StepRequest toStep(String choice) {
		int at = choice.indexOf('@');
		return (at < 0) ? StepRequest.latest(choice)
				: new StepRequest(choice.substring(0, at), choice.substring(at + 1));
	}

}
