package io.paddock.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what a crash leaves behind: stored model files whose row never committed (or
 * whose deletion after commit failed), unfinished writes of the store, and spooled
 * multipart uploads of a killed process. Only what is older than
 * {@code paddock.storage.orphan-grace} is touched, so an upload in progress is never
 * disturbed, and every step may run twice: several instances can run this at once.
 */
@Component
class ModelFileReconciler {

	private static final Logger log = LoggerFactory.getLogger(ModelFileReconciler.class);

	private static final int BATCH = 500;

	private final ModelFileStore files;

	private final ModelVersionRepository versions;

	private final Path spoolDir;

	private final Duration grace;

	private final Clock clock;

	ModelFileReconciler(ModelFileStore files, ModelVersionRepository versions, StorageProperties storage, Clock clock) {
		this.files = files;
		this.versions = versions;
		this.spoolDir = storage.spoolDir().toAbsolutePath().normalize();
		this.grace = storage.orphanGrace();
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "${paddock.storage.reconcile-interval:1h}",
			fixedDelayString = "${paddock.storage.reconcile-interval:1h}")
	void reconcile() {
		Result result = reconcile(this.clock.instant().minus(this.grace));
		if (result.total() > 0) {
			log.info(
					"Removed {} model file(s) without a model version, {} unfinished write(s) from {} "
							+ "and {} spooled upload(s) from {}",
					result.orphans(), result.unfinished(), this.files.location(), result.spooled(), this.spoolDir);
		}
	}

	/**
	 * Removes what was last written before the cut-off and belongs to no model version.
	 */
	Result reconcile(Instant olderThan) {
		return new Result(removeOrphans(olderThan), removeUnfinished(olderThan), removeSpooled(olderThan));
	}

	private int removeOrphans(Instant olderThan) {
		OrphanBatch batch = new OrphanBatch();
		try {
			this.files.forEachFile((file) -> {
				if (file.lastModified().isBefore(olderThan)) {
					batch.add(file);
				}
			});
		}
		catch (IOException ex) {
			log.warn("Could not look for model files without a model version in {}: {}", this.files.location(),
					ex.getMessage());
		}
		return batch.removeWithoutRow();
	}

	private int removeUnfinished(Instant olderThan) {
		try {
			return this.files.removeUnfinished(olderThan);
		}
		catch (IOException ex) {
			log.warn("Could not look for unfinished writes in {}: {}", this.files.location(), ex.getMessage());
			return 0;
		}
	}

	/**
	 * Deletes the container's multipart spool files ({@code upload_*.tmp}) that outlived
	 * their request, as when the process was killed while receiving an upload.
	 */
	private int removeSpooled(Instant olderThan) {
		if (!Files.isDirectory(this.spoolDir)) {
			return 0;
		}
		try (Stream<Path> found = Files.find(this.spoolDir, 1,
				(path, attributes) -> attributes.isRegularFile() && path.getFileName().toString().startsWith("upload_")
						&& path.getFileName().toString().endsWith(".tmp")
						&& attributes.lastModifiedTime().toInstant().isBefore(olderThan))) {
			int removed = 0;
			for (Path path : found.toList()) {
				if (Files.deleteIfExists(path)) {
					removed++;
				}
			}
			return removed;
		}
		catch (IOException ex) {
			log.warn("Could not remove spooled uploads from {}: {}", this.spoolDir, ex.getMessage());
			return 0;
		}
	}

	/**
	 * Stored files to look up in the database, a batch at a time.
	 */
	private final class OrphanBatch {

		private final List<ModelFileStore.StoredFile> candidates = new ArrayList<>();

		private int removed;

		void add(ModelFileStore.StoredFile file) {
			this.candidates.add(file);
			if (this.candidates.size() == BATCH) {
				removeWithoutRow();
			}
		}

		/**
		 * Deletes the candidates that have no row.
		 * @return how many files were deleted so far
		 */
		int removeWithoutRow() {
			if (!this.candidates.isEmpty()) {
				Set<UUID> kept = new HashSet<>(ModelFileReconciler.this.versions.findExistingIds(
						this.candidates.stream().map(ModelFileStore.StoredFile::version).toArray(UUID[]::new)));
				for (ModelFileStore.StoredFile file : this.candidates) {
					if (!kept.contains(file.version())) {
						ModelFileReconciler.this.files.delete(file.workspaceId(), file.version());
						this.removed++;
					}
				}
				this.candidates.clear();
			}
			return this.removed;
		}

	}

	record Result(int orphans, int unfinished, int spooled) {

		int total() {
			return this.orphans + this.unfinished + this.spooled;
		}

	}

}
