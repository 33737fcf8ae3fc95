package io.paddock.catalog;

/**
 * One step of a pipeline to create: a model of the same workspace, by name, and either
 * {@code "latest"} (or blank) or the UUID of one of its versions.
 */
public record StepRequest(String model, String version) {

	public static StepRequest latest(String model) {
		return new StepRequest(model, PipelineDefinition.LATEST);
	}

	public boolean pinned() {
		return this.version != null && !this.version.isBlank() && !PipelineDefinition.LATEST.equals(this.version);
	}

}
