package io.paddock.catalog.web;

import java.util.ArrayList;
import java.util.List;

import io.paddock.catalog.StepRequest;

/**
 * The Create Pipeline form: a name and, for each step in order, the chosen model and
 * version: blank for the latest one, else the version's id. Steps without a model are
 * skipped.
 */
record PipelineForm(String name, List<String> steps, List<String> versions) {

	static final int INITIAL_STEPS = 3;

	static PipelineForm empty() {
		return new PipelineForm("", List.of(), List.of());
	}

	/**
	 * The steps to show: those chosen, then blank ones up to {@code rows}.
	 */
	List<Step> rows(int rows) {
		List<Step> shown = new ArrayList<>(chosen());
		while (shown.size() < rows) {
			shown.add(new Step("", ""));
		}
		return shown;
	}

	/**
	 * How many step rows the form had, blank ones included.
	 */
	int submittedRows() {
		return (this.steps != null) ? this.steps.size() : 0;
	}

	List<Step> chosen() {
		List<Step> chosen = new ArrayList<>();
		for (int i = 0; i < submittedRows(); i++) {
			String model = this.steps.get(i);
			if (model != null && !model.isBlank()) {
				chosen.add(new Step(model, versionAt(i)));
			}
		}
		return chosen;
	}

	List<StepRequest> toSteps() {
		return chosen().stream().map(Step::toRequest).toList();
	}

	private String versionAt(int index) {
		String version = (this.versions != null && index < this.versions.size()) ? this.versions.get(index) : null;
		return (version != null) ? version : "";
	}

	/**
	 * One step as the form holds it: a model's name (blank for none) and a version's id
	 * (blank for the latest).
	 */
	record Step(String model, String version) {

		StepRequest toRequest() {
			return this.version.isBlank() ? StepRequest.latest(this.model) : new StepRequest(this.model, this.version);
		}

	}

}
