package io.paddock.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.catalog.CatalogEvents.PipelineCreated;
import io.paddock.catalog.CatalogEvents.PipelineDeleted;
import io.paddock.workspace.Workspace;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pipelines of a workspace: every member (and every admin) may see, create and delete
 * them; everybody else is told the workspace does not exist. Every step names a model of
 * the same workspace. Used by the dashboard and the API alike.
 */
@Service
@Transactional(readOnly = true)
public class PipelineService {

	static final int MAX_STEPS = 50;

	private final PipelineRepository pipelines;

	private final ModelVersionRepository versions;

	private final CatalogAccess access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PipelineService(PipelineRepository pipelines, ModelVersionRepository versions, CatalogAccess access,
			ApplicationEventPublisher events, Clock clock) {
		this.pipelines = pipelines;
		this.versions = versions;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The pipelines of the workspace, by name, each with its JSON definition, for the
	 * API.
	 */
	public List<PipelineInfo> pipelines(Actor actor, long workspaceId) {
		this.access.requireVisible(actor, workspaceId);
		return this.pipelines.findByWorkspace(workspaceId)
			.stream()
			.map((p) -> new PipelineInfo(p.getName(), p.getCreatedAt(), p.getDefinition()))
			.toList();
	}

	/**
	 * One page of the workspace's pipelines by name, with their steps and who created
	 * them; whether another page follows is learnt by reading one pipeline more, not by
	 * counting them.
	 */
	public Slice<PipelineDetails> pipelineDetails(Actor actor, long workspaceId, Pageable pageable) {
		this.access.requireVisible(actor, workspaceId);
		List<Pipeline> found = this.pipelines.findRangeWithSteps(workspaceId, (int) pageable.getOffset(),
				pageable.getPageSize() + 1);
		boolean more = found.size() > pageable.getPageSize();
		List<Pipeline> shown = more ? found.subList(0, pageable.getPageSize()) : found;
		Map<UUID, User> creators = this.access.usersOf(shown.stream().map(Pipeline::getCreatedBy).toList());
		List<PipelineDetails> details = shown.stream()
			.map((p) -> new PipelineDetails(p.getName(), p.getCreatedAt(),
					CatalogAccess.emailOf(creators, p.getCreatedBy()),
					p.getSteps()
						.stream()
						.map((s) -> new StepRequest(s.modelName(), PipelineDefinition.versionOf(s)))
						.toList(),
					p.getDefinition()))
			.toList();
		return new SliceImpl<>(details, pageable, more);
	}

	/**
	 * Creates a pipeline whose steps name models of the same workspace, each its latest
	 * version or a pinned one.
	 */
	@Transactional
	public PipelineInfo createPipeline(Actor actor, long workspaceId, String name, List<StepRequest> steps) {
		Workspace workspace = this.access.requireActive(actor, workspaceId);
		CatalogName.require("Pipeline name", name);
		List<PipelineStep> resolved = resolve(workspace, steps);
		String taken = "A pipeline named " + name + " already exists in " + workspace.getName() + ".";
		if (this.pipelines.existsByWorkspaceIdAndNameKey(workspaceId, CatalogName.keyOf(name))) {
			throw new CatalogConflictException("name", taken);
		}
		Pipeline pipeline;
		try {
			pipeline = this.pipelines
				.saveAndFlush(new Pipeline(workspaceId, name, resolved, actor.id(), this.clock.instant()));
		}
		catch (DataIntegrityViolationException raceLost) {
			throw new CatalogConflictException("name", taken);
		}
		this.events.publishEvent(
				new PipelineCreated(workspaceId, workspace.getName(), pipeline.getName(), resolved.size(), actor.id()));
		return new PipelineInfo(pipeline.getName(), pipeline.getCreatedAt(), pipeline.getDefinition());
	}

	@Transactional
	public void deletePipeline(Actor actor, long workspaceId, String name) {
		Workspace workspace = this.access.requireVisible(actor, workspaceId);
		Pipeline pipeline = this.pipelines.findByWorkspaceIdAndNameKey(workspaceId, CatalogName.keyOf(name))
			.orElseThrow(
					() -> new CatalogItemNotFoundException("There is no pipeline " + name + " in this workspace."));
		this.pipelines.delete(pipeline);
		this.events.publishEvent(new PipelineDeleted(workspaceId, workspace.getName(), pipeline.getName(), actor.id()));
	}

	private List<PipelineStep> resolve(Workspace workspace, List<StepRequest> steps) {
		if (steps == null || steps.isEmpty()) {
			throw new InvalidCatalogInputException("steps", "Add at least one step: a model of this workspace.");
		}
		if (steps.size() > MAX_STEPS) {
			throw new InvalidCatalogInputException("steps",
					"A pipeline may have at most " + MAX_STEPS + " steps, this one has " + steps.size() + ".");
		}
		List<PipelineStep> resolved = new ArrayList<>();
		for (int i = 0; i < steps.size(); i++) {
			resolved.add(resolve(workspace, i + 1, steps.get(i)));
		}
		return resolved;
	}

	/**
	 * The step's model, locked until the transaction ends so that it cannot be removed
	 * while the pipeline that uses it is created.
	 */
	private PipelineStep resolve(Workspace workspace, int position, StepRequest step) {
		String model = (step != null && step.model() != null) ? step.model().strip() : "";
		if (model.isEmpty()) {
			throw new InvalidCatalogInputException("steps", "Step " + position + " names no model.");
		}
		List<ModelVersion> found = this.versions.lockVersions(workspace.getId(), CatalogName.keyOf(model));
		if (found.isEmpty()) {
			throw new InvalidCatalogInputException("steps", "Step " + position + " names model " + model
					+ ", which does not exist in " + workspace.getName() + ".");
		}
		String modelName = found.get(0).getName();
		if (!step.pinned()) {
			return new PipelineStep(modelName, null);
		}
		Optional<ModelVersion> pinned = parseUuid(step.version())
			.flatMap((id) -> found.stream().filter((v) -> v.getId().equals(id)).findFirst());
		if (pinned.isEmpty()) {
			throw new InvalidCatalogInputException("steps", "Step " + position + " pins version " + step.version()
					+ ", which model " + modelName + " does not have.");
		}
		return new PipelineStep(modelName, pinned.get().getId());
	}

	private static Optional<UUID> parseUuid(String value) {
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
