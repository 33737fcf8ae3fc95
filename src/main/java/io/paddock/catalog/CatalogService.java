package io.paddock.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.catalog.ModelFileStore.StoredFile;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Models and pipelines of a workspace: every member (and every admin) may see, upload,
 * download, create and remove them; everybody else is told the workspace does not exist.
 * Used by the dashboard and the API alike.
 */
@Service
@Transactional(readOnly = true)
public class CatalogService {

	static final int MAX_STEPS = 50;

	static final int MAX_FILE_NAME = 255;

	private final ModelVersionRepository versions;

	private final PipelineRepository pipelines;

	private final ModelFileStore files;

	private final WorkspaceService workspaces;

	private final AccountService accounts;

	private final TransactionTemplate writing;

	private final Clock clock;

	CatalogService(ModelVersionRepository versions, PipelineRepository pipelines, ModelFileStore files,
			WorkspaceService workspaces, AccountService accounts, PlatformTransactionManager transactions,
			Clock clock) {
		this.versions = versions;
		this.pipelines = pipelines;
		this.files = files;
		this.workspaces = workspaces;
		this.accounts = accounts;
		this.writing = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	// Queries for the API

	/**
	 * The latest version of each model of the workspace, by name.
	 */
	public List<ModelInfo> models(Actor actor, long workspaceId) {
		this.workspaces.requireVisible(actor, workspaceId);
		return this.versions.findLatestByWorkspace(workspaceId)
			.stream()
			.map((v) -> new ModelInfo(v.getName(), v.getId(), v.getFileName(), v.getCreatedAt()))
			.toList();
	}

	/**
	 * The pipelines of the workspace, by name, each with its JSON definition.
	 */
	public List<PipelineInfo> pipelines(Actor actor, long workspaceId) {
		this.workspaces.requireVisible(actor, workspaceId);
		return this.pipelines.findByWorkspace(workspaceId)
			.stream()
			.map((p) -> new PipelineInfo(p.getName(), p.getCreatedAt(), p.getDefinition()))
			.toList();
	}

	// Models

	public DataSize maxUploadSize() {
		return this.files.maxSize();
	}

	/**
	 * Each model of the workspace with its latest version, by name.
	 */
	public List<ModelDetails> latestModels(Actor actor, long workspaceId) {
		this.workspaces.requireVisible(actor, workspaceId);
		Map<String, Long> counts = new HashMap<>();
		this.versions.countVersionsByName(workspaceId).forEach((row) -> counts.put((String) row[0], (Long) row[1]));
		return this.versions.findLatestDetails(workspaceId)
			.stream()
			.map((v) -> new ModelDetails(v, counts.getOrDefault(CatalogName.keyOf(v.name()), 1L)))
			.toList();
	}

	/**
	 * Every version of one model, newest first.
	 */
	public List<ModelVersionDetails> history(Actor actor, long workspaceId, String name) {
		this.workspaces.requireVisible(actor, workspaceId);
		List<ModelVersion> found = versionsOf(workspaceId, name);
		Map<UUID, User> uploaders = usersOf(found.stream().map(ModelVersion::getUploadedBy).toList());
		return found.stream().map((v) -> details(v, uploaders)).toList();
	}

	/**
	 * Every version of every model of the workspace, by name and newest first.
	 */
	public List<ModelVersionDetails> allVersions(Actor actor, long workspaceId) {
		this.workspaces.requireVisible(actor, workspaceId);
		return this.versions.findAllDetails(workspaceId);
	}

	/**
	 * Stores the content as a new version of the named model (creating the model on its
	 * first upload). The content is streamed to disk and hashed on the way; no database
	 * connection is held meanwhile.
	 * @param fileName the file's name as the user's computer called it
	 * @param content the file's bytes; closed by this method
	 */
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public ModelVersionDetails upload(Actor actor, long workspaceId, String name, String fileName,
			InputStream content) {
		Workspace workspace;
		String cleanFileName;
		try {
			workspace = requireActive(actor, workspaceId);
			CatalogName.require("Model name", name);
			cleanFileName = cleanFileName(fileName);
		}
		catch (RuntimeException ex) {
			closeQuietly(content);
			throw ex;
		}
		UUID version = UUID.randomUUID();
		StoredFile stored = this.files.store(workspace.getId(), version, cleanFileName, content);
		try {
			ModelVersion saved = this.writing
				.execute((status) -> this.versions.saveAndFlush(new ModelVersion(version, workspace.getId(), name,
						cleanFileName, stored.size(), stored.sha256(), actor.id(), this.clock.instant())));
			return details(saved, Map.of(actor.id(), this.accounts.get(actor.id())));
		}
		catch (RuntimeException ex) {
			this.files.delete(workspace.getId(), version);
			throw ex;
		}
	}

	/**
	 * The stored file of one version, for download.
	 */
	public ModelFile file(Actor actor, long workspaceId, String name, UUID version) {
		this.workspaces.requireVisible(actor, workspaceId);
		ModelVersion found = this.versions.findByIdAndWorkspaceId(version, workspaceId)
			.filter((v) -> v.getNameKey().equals(CatalogName.keyOf(name)))
			.orElseThrow(() -> new CatalogItemNotFoundException(
					"Model " + name + " has no version " + version + " in this workspace."));
		return new ModelFile(this.files.pathOf(workspaceId, version), found.getFileName(), found.getSize(),
				found.getSha256());
	}

	/**
	 * Removes every version of the model and, after commit, their files; refused while a
	 * pipeline uses the model.
	 */
	@Transactional
	public void removeModel(Actor actor, long workspaceId, String name) {
		Workspace workspace = this.workspaces.requireVisible(actor, workspaceId);
		List<ModelVersion> found = (name != null) ? this.versions.lockVersions(workspaceId, CatalogName.keyOf(name))
				: List.of();
		if (found.isEmpty()) {
			throw new CatalogItemNotFoundException("There is no model " + name + " in this workspace.");
		}
		String modelName = found.get(0).getName();
		List<String> users = this.pipelines.namesUsingModel(workspaceId, CatalogName.keyOf(name));
		if (!users.isEmpty()) {
			throw new CatalogConflictException("model",
					"Model " + modelName + " is used by " + ((users.size() == 1) ? "pipeline " : "pipelines ")
							+ String.join(", ", users) + "; delete " + ((users.size() == 1) ? "that pipeline" : "them")
							+ " first.");
		}
		this.versions.deleteAll(found);
		this.versions.flush();
		List<UUID> removed = found.stream().map(ModelVersion::getId).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				removed.forEach((id) -> CatalogService.this.files.delete(workspace.getId(), id));
			}
		});
	}

	// Pipelines

	public List<PipelineDetails> pipelineDetails(Actor actor, long workspaceId) {
		this.workspaces.requireVisible(actor, workspaceId);
		List<Pipeline> found = this.pipelines.findWithStepsByWorkspace(workspaceId);
		Map<UUID, User> creators = usersOf(found.stream().map(Pipeline::getCreatedBy).toList());
		return found.stream()
			.map((p) -> new PipelineDetails(p.getName(), p.getCreatedAt(), emailOf(creators, p.getCreatedBy()),
					p.getSteps()
						.stream()
						.map((s) -> new StepRequest(s.modelName(), PipelineDefinition.versionOf(s)))
						.toList(),
					p.getDefinition()))
			.toList();
	}

	/**
	 * Creates a pipeline whose steps name models of the same workspace, each its latest
	 * version or a pinned one.
	 */
	@Transactional
	public PipelineInfo createPipeline(Actor actor, long workspaceId, String name, List<StepRequest> steps) {
		Workspace workspace = requireActive(actor, workspaceId);
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
		return new PipelineInfo(pipeline.getName(), pipeline.getCreatedAt(), pipeline.getDefinition());
	}

	@Transactional
	public void deletePipeline(Actor actor, long workspaceId, String name) {
		this.workspaces.requireVisible(actor, workspaceId);
		Pipeline pipeline = this.pipelines.findByWorkspaceIdAndNameKey(workspaceId, CatalogName.keyOf(name))
			.orElseThrow(
					() -> new CatalogItemNotFoundException("There is no pipeline " + name + " in this workspace."));
		this.pipelines.delete(pipeline);
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

	private List<ModelVersion> versionsOf(long workspaceId, String name) {
		List<ModelVersion> found = (name != null) ? this.versions.findVersions(workspaceId, CatalogName.keyOf(name))
				: List.of();
		if (found.isEmpty()) {
			throw new CatalogItemNotFoundException("There is no model " + name + " in this workspace.");
		}
		return found;
	}

	private Map<UUID, User> usersOf(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : this.accounts.findAll(ids.stream().distinct().toList());
	}

	private static ModelVersionDetails details(ModelVersion v, Map<UUID, User> users) {
		return new ModelVersionDetails(v.getName(), v.getId(), v.getFileName(), v.getSize(), v.getSha256(),
				v.getCreatedAt(), emailOf(users, v.getUploadedBy()));
	}

	private static String emailOf(Map<UUID, User> users, UUID id) {
		User user = users.get(id);
		return (user != null) ? user.getEmail() : "";
	}

	private static void closeQuietly(InputStream content) {
		try {
			content.close();
		}
		catch (IOException | RuntimeException ex) {
			// nothing was read, nothing to clean up
		}
	}

	private static Optional<UUID> parseUuid(String value) {
		try {
			return Optional.of(UUID.fromString(value.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The last part of the name the browser sent (old browsers send a whole path),
	 * without control characters, at most 255 characters.
	 */
	static String cleanFileName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (name.isEmpty()) {
			throw new InvalidCatalogInputException("file", "Choose a file to upload.");
		}
		if (name.length() > MAX_FILE_NAME) {
			int dot = name.lastIndexOf('.');
			String extension = (dot > 0 && name.length() - dot <= 16) ? name.substring(dot) : "";
			name = name.substring(0, MAX_FILE_NAME - extension.length()) + extension;
		}
		return name;
	}

	/**
	 * The workspace, if the actor may see it and it takes new models and pipelines.
	 */
	private Workspace requireActive(Actor actor, long workspaceId) {
		Workspace workspace = this.workspaces.requireVisible(actor, workspaceId);
		if (workspace.isArchived()) {
			throw new CatalogConflictException("name",
					"Workspace " + workspace.getName() + " is archived: unarchive it to add models or pipelines.");
		}
		return workspace;
	}

}
