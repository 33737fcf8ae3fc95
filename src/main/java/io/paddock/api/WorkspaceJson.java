package io.paddock.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.paddock.catalog.StepRequest;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceContents;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A workspace as the SDK's get_workspace returns it.
 */
record WorkspaceJson(String name, long id, boolean archived, @JsonProperty("created_by") UUID createdBy,
		@JsonProperty("created_at") Instant createdAt, List<ModelJson> models, List<PipelineJson> pipelines) {

	static WorkspaceJson of(Workspace workspace, WorkspaceContents.Summary contents) {
		return new WorkspaceJson(workspace.getName(), workspace.getId(), workspace.isArchived(),
				workspace.getCreatedBy(), workspace.getCreatedAt(),
				contents.models().stream().map(ModelJson::of).toList(),
				contents.pipelines().stream().map(PipelineJson::of).toList());
	}

	record ModelJson(String name, String version, @JsonProperty("file_name") String fileName,
			@JsonProperty("last_update_time") Instant lastUpdateTime) {

		static ModelJson of(WorkspaceContents.ModelSummary model) {
			return new ModelJson(model.name(), model.version(), model.fileName(), model.lastUpdateTime());
		}

	}

	/**
	 * A pipeline; its definition is the JSON array of steps, written as JSON (as in
	 * {@code GET /pipelines}), not as a string holding JSON.
	 */
	record PipelineJson(String name, @JsonProperty("create_time") Instant createTime,
			@JsonRawValue @ArraySchema(schema = @Schema(implementation = StepRequest.class)) String definition) {

		static PipelineJson of(WorkspaceContents.PipelineSummary pipeline) {
			return new PipelineJson(pipeline.name(), pipeline.createTime(), pipeline.definition());
		}

	}

}
