package io.paddock.catalog;

import java.time.Instant;
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
		Map<Long, ContentCounts> counts = new HashMap<>();
		for (Object[] row : this.models.countContents(workspaceIds.toArray(Long[]::new))) {
			counts.put((Long) row[0], new ContentCounts((Long) row[1], (Long) row[2]));
		}
		return counts;
	}

	@Override
	public Summary summaryOf(long workspaceId) {
		return new Summary(modelSummaries(this.models.findLatestDetails(workspaceId)),
				pipelineSummaries(this.pipelines.summarize(workspaceId)));
	}

	@Override
	public Preview previewOf(long workspaceId, int most) {
		List<ModelSummary> models = modelSummaries(this.models.findLatestDetailsRange(workspaceId, 0, most + 1));
		List<PipelineSummary> pipelines = pipelineSummaries(this.pipelines.summarizeFirst(workspaceId, most + 1));
		return new Preview(models.subList(0, Math.min(most, models.size())), models.size() > most,
				pipelines.subList(0, Math.min(most, pipelines.size())), pipelines.size() > most);
	}

	private static List<ModelSummary> modelSummaries(List<ModelVersionDetails> latest) {
		return latest.stream()
			.map((v) -> new ModelSummary(v.name(), v.version().toString(), v.fileName(), v.size(), v.lastUpdateTime()))
			.toList();
	}

	private static List<PipelineSummary> pipelineSummaries(List<Object[]> rows) {
		return rows.stream()
			.map((row) -> new PipelineSummary((String) row[0], (Instant) row[1], ((Number) row[2]).intValue(),
					(String) row[3]))
			.toList();
	}

}
