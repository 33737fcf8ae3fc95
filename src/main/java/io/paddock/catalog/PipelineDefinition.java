package io.paddock.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
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

	/**
	 * The JSON array with each element on a line of its own.
	 */
	static String pretty(String json) {
		JsonNode array = JSON.readTree(json);
		if (!array.isArray() || array.isEmpty()) {
			return json;
		}
		StringBuilder out = new StringBuilder("[\n");
		for (int i = 0; i < array.size(); i++) {
			out.append("  ").append(JSON.writeValueAsString(array.get(i)));
			out.append((i < array.size() - 1) ? ",\n" : "\n");
		}
		return out.append("]").toString();
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
