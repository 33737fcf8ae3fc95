package io.paddock.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.paddock.workspace.ContentCounts;
import io.paddock.workspace.WorkspaceContents;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells workspace pages which models and pipelines a workspace holds.
 */
@Component
@Transactional(readOnly = true)
class CatalogContents implements WorkspaceContents {

	private final ModelVersionRepository models;

	private final PipelineRepository pipelines;

	CatalogContents(ModelVersionRepository models, PipelineRepository pipelines) {
		this.models = models;
		this.pipelines = pipelines;
	}

	@Override
	public Map<Long, ContentCounts> countsFor(Collection<Long> workspaceIds) {
		if (workspaceIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Long> modelCounts = toMap(this.models.countModelsByWorkspace(workspaceIds));
		Map<Long, Long> pipelineCounts = toMap(this.pipelines.countByWorkspace(workspaceIds));
		Map<Long, ContentCounts> counts = new HashMap<>();
		for (Long id : workspaceIds) {
			counts.put(id, new ContentCounts(modelCounts.getOrDefault(id, 0L), pipelineCounts.getOrDefault(id, 0L)));
		}
		return counts;
	}

	@Override
	public Summary summaryOf(long workspaceId) {
		List<ModelSummary> latest = this.models.findLatestByWorkspace(workspaceId)
			.stream()
			.map((v) -> new ModelSummary(v.getName(), v.getId().toString(), v.getFileName(), v.getSize(),
					v.getCreatedAt()))
			.toList();
		List<PipelineSummary> all = this.pipelines.findByWorkspace(workspaceId)
			.stream()
			.map((p) -> new PipelineSummary(p.getName(), p.getCreatedAt(), p.getSteps().size(), p.getDefinition()))
			.toList();
		return new Summary(latest, all);
	}

	private static Map<Long, Long> toMap(List<Object[]> rows) {
		Map<Long, Long> map = new HashMap<>();
		rows.forEach((row) -> map.put((Long) row[0], (Long) row[1]));
		return map;
	}

}
