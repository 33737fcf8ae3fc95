package io.paddock.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * An ordered list of model steps inside one workspace.
 */
@Entity
@Table(name = "pipelines")
public class Pipeline {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long workspaceId;

	private String name;

	private String nameKey;

	private UUID createdBy;

	private Instant createdAt;

	private String definition;

	@ElementCollection
	@CollectionTable(name = "pipeline_steps", joinColumns = @JoinColumn(name = "pipeline_id"))
	@OrderColumn(name = "position")
	private List<PipelineStep> steps = new ArrayList<>();

	protected Pipeline() {
	}

	Pipeline(Long workspaceId, String name, List<PipelineStep> steps, UUID createdBy, Instant createdAt) {
		this.workspaceId = workspaceId;
		this.name = name;
		this.nameKey = name.toLowerCase(Locale.ROOT);
		this.steps = new ArrayList<>(steps);
		this.definition = PipelineDefinition.toJson(steps);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public Long getWorkspaceId() {
		return this.workspaceId;
	}

	public String getName() {
		return this.name;
	}

	public UUID getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The steps as JSON, e.g. {@code [{"model":"embedder-o","version":"latest"}]}.
	 */
	public String getDefinition() {
		return this.definition;
	}

	public List<PipelineStep> getSteps() {
		return List.copyOf(this.steps);
	}

}
