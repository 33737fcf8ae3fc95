package io.paddock.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.catalog.CatalogEvents.ModelRemoved;
import io.paddock.catalog.CatalogEvents.ModelVersionUploaded;
import io.paddock.workspace.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Models of a workspace: every member (and every admin) may see, upload, download and
 * remove them; everybody else is told the workspace does not exist. Used by the dashboard
 * and the API alike. A model's file is kept only when its row commits.
 */
@Service
@Transactional(readOnly = true)
public class ModelService {

	private static final Logger log = LoggerFactory.getLogger(ModelService.class);

	static final int MAX_FILE_NAME = 255;

	private final ModelVersionRepository versions;

	private final PipelineRepository pipelines;

	private final ModelFileStore files;

	private final CatalogAccess access;

	private final DataSize maxUploadSize;

	private final TransactionTemplate writing;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Counter uploadedBytes;

	ModelService(ModelVersionRepository versions, PipelineRepository pipelines, ModelFileStore files,
			CatalogAccess access, StorageProperties storage, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
		this.versions = versions;
		this.pipelines = pipelines;
		this.files = files;
		this.access = access;
		this.maxUploadSize = storage.maxUploadSize();
		this.writing = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
		this.uploadedBytes = Counter.builder("paddock.upload.bytes")
			.baseUnit("bytes")
			.description("Bytes of model files uploaded and committed")
			.register(meters);
	}

	public DataSize maxUploadSize() {
		return this.maxUploadSize;
	}

	/**
	 * The latest version of each model of the workspace, by name, for the API.
	 */
	public List<ModelInfo> models(Actor actor, long workspaceId) {
		this.access.requireVisible(actor, workspaceId);
		return this.versions.findLatestByWorkspace(workspaceId)
			.stream()
			.map((v) -> new ModelInfo(v.getName(), v.getId(), v.getFileName(), v.getCreatedAt()))
			.toList();
	}

	/**
	 * One page of the workspace's models by name, each with its latest version and its
	 * number of versions; whether another page follows is learnt by reading one model
	 * more, not by counting them.
	 */
	public Slice<ModelDetails> latestModels(Actor actor, long workspaceId, Pageable pageable) {
		this.access.requireVisible(actor, workspaceId);
		List<ModelVersionDetails> found = this.versions.findLatestDetailsRange(workspaceId, (int) pageable.getOffset(),
				pageable.getPageSize() + 1);
		boolean more = found.size() > pageable.getPageSize();
		List<ModelVersionDetails> shown = more ? found.subList(0, pageable.getPageSize()) : found;
		Map<String, Long> counts = new HashMap<>();
		if (!shown.isEmpty()) {
			String[] keys = shown.stream().map((v) -> CatalogName.keyOf(v.name())).toArray(String[]::new);
			this.versions.countVersionsByName(workspaceId, keys)
				.forEach((row) -> counts.put((String) row[0], (Long) row[1]));
		}
		List<ModelDetails> details = shown.stream()
			.map((v) -> new ModelDetails(v, counts.getOrDefault(CatalogName.keyOf(v.name()), 1L)))
			.toList();
		return new SliceImpl<>(details, pageable, more);
	}

	/**
	 * Every version of one model, newest first.
	 */
	public List<ModelVersionDetails> history(Actor actor, long workspaceId, String name) {
		this.access.requireVisible(actor, workspaceId);
		List<ModelVersion> found = (name != null) ? this.versions.findVersions(workspaceId, CatalogName.keyOf(name))
				: List.of();
		if (found.isEmpty()) {
			throw new CatalogItemNotFoundException("There is no model " + name + " in this workspace.");
		}
		Map<UUID, User> uploaders = uploadersOf(found);
		return found.stream().map((v) -> details(v, uploaders)).toList();
	}

	/**
	 * What the steps of a new pipeline can run: the workspace's models by name, and the
	 * versions of the models chosen so far, newest first. One query, whatever the number
	 * of steps.
	 */
	public StepChoices stepChoices(Actor actor, long workspaceId, Collection<String> chosen) {
		this.access.requireVisible(actor, workspaceId);
		String[] keys = chosen.stream().map(CatalogName::keyOf).distinct().toArray(String[]::new);
		Set<String> wanted = Set.of(keys);
		Map<String, String> models = new LinkedHashMap<>();
		Map<String, List<ModelVersionDetails>> versions = new HashMap<>();
		List<ModelVersionDetails> found = this.versions.findLatestAndVersionsOf(workspaceId, keys)
			.stream()
			.distinct()
			.sorted(Comparator.comparing((ModelVersionDetails v) -> CatalogName.keyOf(v.name()))
				.thenComparing(ModelVersionDetails::lastUpdateTime, Comparator.reverseOrder()))
			.toList();
		for (ModelVersionDetails version : found) {
			String key = CatalogName.keyOf(version.name());
			models.putIfAbsent(key, version.name());
			if (wanted.contains(key)) {
				versions.computeIfAbsent(key, (k) -> new ArrayList<>()).add(version);
			}
		}
		Map<String, List<ModelVersionDetails>> byChosen = new HashMap<>();
		chosen.forEach((name) -> byChosen.put(name, versions.getOrDefault(CatalogName.keyOf(name), List.of())));
		return new StepChoices(List.copyOf(models.values()), byChosen);
	}

	/**
	 * Stores the content as a new version of the named model (creating the model on its
	 * first upload). The content is streamed to the store and hashed on the way; no
	 * database connection is held meanwhile. The row is written in the caller's
	 * transaction, if there is one, else in its own; the file is deleted again when that
	 * transaction rolls back.
	 * @param fileName the file's name as the user's computer called it
	 * @param size the content's length in bytes, e.g. of the spooled multipart file
	 * @param content the file's bytes; closed by this method
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public ModelVersionDetails upload(Actor actor, long workspaceId, String name, String fileName, long size,
			InputStream content) {
		Workspace workspace;
		String cleanFileName;
		try {
			workspace = this.access.requireActive(actor, workspaceId);
			CatalogName.require("Model name", name);
			cleanFileName = cleanFileName(fileName);
			requireSize(cleanFileName, size);
		}
		catch (RuntimeException ex) {
			closeQuietly(content);
			throw ex;
		}
		UUID version = UUID.randomUUID();
		String sha256 = store(workspace.getId(), version, cleanFileName, size, content);
		try {
			ModelVersion saved = saveAsNewest(actor, workspace, (uploadedAt) -> new ModelVersion(version,
					workspace.getId(), name, cleanFileName, size, sha256, actor.id(), uploadedAt));
			return details(saved, this.access.usersOf(List.of(actor.id())));
		}
		catch (RuntimeException ex) {
			this.files.delete(workspace.getId(), version);
			throw ex;
		}
	}

	/**
	 * Saves the version as its model's newest, in place of the one before, in the
	 * caller's transaction or its own. Uploads to one workspace take turns on its row, so
	 * that two uploads of a model cannot both find the same newest version, and the one
	 * saved last is the newest by upload time too.
	 */
	private ModelVersion saveAsNewest(Actor actor, Workspace workspace, Function<Instant, ModelVersion> uploadedAt) {
		return this.writing.execute((status) -> {
			this.access.lockForChange(workspace.getId());
			ModelVersion version = uploadedAt.apply(this.clock.instant());
			this.versions.findByWorkspaceIdAndLatestKey(workspace.getId(), version.getNameKey()).ifPresent((latest) -> {
				latest.supersede();
				this.versions.flush();
			});
			ModelVersion row = this.versions.saveAndFlush(version);
			TransactionSynchronizationManager
				.registerSynchronization(new KeepFileOnCommit(workspace.getId(), row.getId(), row.getSize()));
			this.events.publishEvent(new ModelVersionUploaded(workspace.getId(), workspace.getName(), row.getName(),
					row.getId(), row.getFileName(), row.getSize(), actor.id()));
			return row;
		});
	}

	/**
	 * The stored file of one version, for download; refused with a
	 * {@link ModelFileMissingException} when the file is not in the store, or not whole,
	 * before a byte of the answer is sent.
	 */
	public ModelFile file(Actor actor, long workspaceId, String name, UUID version) {
		this.access.requireVisible(actor, workspaceId);
		ModelVersion found = this.versions.findByIdAndWorkspaceId(version, workspaceId)
			.filter((v) -> v.getNameKey().equals(CatalogName.keyOf(name)))
			.orElseThrow(() -> new CatalogItemNotFoundException(
					"Model " + name + " has no version " + version + " in this workspace."));
		OptionalLong stored = this.files.sizeOf(workspaceId, version);
		if (stored.isEmpty() || stored.getAsLong() != found.getSize()) {
			log.warn("The file of model {} version {} of workspace {} is {} in {} (expected {} bytes)", found.getName(),
					version, workspaceId, stored.isEmpty() ? "missing" : stored.getAsLong() + " bytes",
					this.files.location(), found.getSize());
			throw new ModelFileMissingException("The file of model " + found.getName() + " version " + version
					+ " is missing from storage, so it cannot be downloaded. Upload the model again, "
					+ "or ask the administrator of this instance to restore the file.");
		}
		return new ModelFile(new StoredFileResource(this.files, workspaceId, version, found.getSize()),
				found.getFileName(), found.getSize(), found.getSha256());
	}

	/**
	 * Removes every version of the model and, after commit, their files; refused while a
	 * pipeline uses the model.
	 */
	@Transactional
	public void removeModel(Actor actor, long workspaceId, String name) {
		Workspace workspace = this.access.requireVisible(actor, workspaceId);
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
		this.events
			.publishEvent(new ModelRemoved(workspaceId, workspace.getName(), modelName, found.size(), actor.id()));
		List<UUID> removed = found.stream().map(ModelVersion::getId).toList();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				removed.forEach((id) -> ModelService.this.files.delete(workspace.getId(), id));
			}
		});
	}

	private String store(long workspaceId, UUID version, String fileName, long size, InputStream content) {
		try (HashingInputStream in = new HashingInputStream(content, size)) {
			this.files.store(workspaceId, version, in, size);
			try {
				return in.sha256();
			}
			catch (IOException ex) {
				this.files.delete(workspaceId, version);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + fileName + " in " + this.files.location(), ex);
		}
	}

	private void requireSize(String fileName, long size) {
		if (size > this.maxUploadSize.toBytes()) {
			throw new InvalidCatalogInputException("file", fileName + " is larger than the limit of "
					+ describe(this.maxUploadSize) + "; nothing was stored.");
		}
		if (size <= 0) {
			throw new InvalidCatalogInputException("file", fileName + " is empty; choose the model file itself.");
		}
	}

	private Map<UUID, User> uploadersOf(List<ModelVersion> found) {
		return this.access.usersOf(found.stream().map(ModelVersion::getUploadedBy).toList());
	}

	private static ModelVersionDetails details(ModelVersion v, Map<UUID, User> users) {
		return new ModelVersionDetails(v.getName(), v.getId(), v.getFileName(), v.getSize(), v.getSha256(),
				v.getCreatedAt(), CatalogAccess.emailOf(users, v.getUploadedBy()));
	}

	private static void closeQuietly(InputStream content) {
		try {
			content.close();
		}
		catch (IOException | RuntimeException ex) {
			// nothing was read, nothing to clean up
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

	static String describe(DataSize size) {
		long bytes = size.toBytes();
		if (bytes % DataSize.ofGigabytes(1).toBytes() == 0) {
			return size.toGigabytes() + " GB";
		}
		if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
			return size.toMegabytes() + " MB";
		}
		if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
			return size.toKilobytes() + " KB";
		}
		return bytes + " bytes";
	}

	/**
	 * Keeps an uploaded file when the transaction that writes its row commits, and
	 * deletes it when that transaction rolls back. An unknown outcome leaves the file to
	 * {@link ModelFileReconciler}, which looks at the row.
	 */
	private final class KeepFileOnCommit implements TransactionSynchronization {

		private final long workspaceId;

		private final UUID version;

		private final long size;

		private KeepFileOnCommit(long workspaceId, UUID version, long size) {
			this.workspaceId = workspaceId;
			this.version = version;
			this.size = size;
		}

		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_COMMITTED) {
				ModelService.this.uploadedBytes.increment(this.size);
			}
			else if (status == STATUS_ROLLED_BACK) {
				ModelService.this.files.delete(this.workspaceId, this.version);
			}
		}

	}

}
