package io.paddock.workspace;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What a workspace holds, provided by the module that stores models and pipelines, so
 * that workspace pages can show it without depending on that module.
 */
public interface WorkspaceContents {

	/**
	 * Counts for many workspaces at once; workspaces holding nothing may be left out.
	 */
	Map<Long, ContentCounts> countsFor(Collection<Long> workspaceIds);

	/**
	 * The latest version of each model and every pipeline of one workspace.
	 */
	Summary summaryOf(long workspaceId);

	/**
	 * The first {@code most} models (their latest versions) and pipelines of one
	 * workspace by name, and whether it holds more of each.
	 */
	Preview previewOf(long workspaceId, int most);

	record Summary(List<ModelSummary> models, List<PipelineSummary> pipelines) {

	}

	record Preview(List<ModelSummary> models, boolean moreModels, List<PipelineSummary> pipelines,
			boolean morePipelines) {

	}

	record ModelSummary(String name, String version, String fileName, long size, Instant lastUpdateTime) {

	}

	/**
	 * A pipeline; {@code definition} is its ordered steps as JSON.
	 */
	record PipelineSummary(String name, Instant createTime, int steps, String definition) {

	}

}
