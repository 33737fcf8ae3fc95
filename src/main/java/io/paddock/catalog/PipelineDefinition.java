package io.paddock.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a pipeline's steps as its JSON definition: an array of {@code {"model": name,
 * "version": uuid or "latest"}} in step order.
 */
final class PipelineDefinition {

	static final String LATEST = "latest";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private PipelineDefinition() {
	}

	static String toJson(List<PipelineStep> steps) {
		List<Map<String, String>> array = steps.stream().map(PipelineDefinition::toMap).toList();
		return JSON.writeValueAsString(array);
	}

	static String versionOf(PipelineStep step) {
		return (step.modelVersion() != null) ? step.modelVersion().toString() : LATEST;
	}

	private static Map<String, String> toMap(PipelineStep step) {
		Map<String, String> map = new LinkedHashMap<>();
		map.put("model", step.modelName());
		map.put("version", versionOf(step));
		return map;
	}

}
