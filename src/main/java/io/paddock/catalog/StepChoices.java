package io.paddock.catalog;

import java.util.List;
import java.util.Map;

/**
 * What the steps of a new pipeline can run: the workspace's models by name, and the
 * versions of the models chosen so far, newest first, by the name as chosen.
 */
public record StepChoices(List<String> models, Map<String, List<ModelVersionDetails>> versionsByChosen) {

	/**
	 * The versions of a chosen model; none for a name that is no model of the workspace.
	 */
	public List<ModelVersionDetails> versionsOf(String chosen) {
		return this.versionsByChosen.getOrDefault(chosen, List.of());
	}

}
