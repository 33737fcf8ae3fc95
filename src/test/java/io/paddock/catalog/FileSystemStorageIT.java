package io.paddock.catalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Model files in a folder (the default), plus what the reconciler finds there and in the
 * upload spool after a crash.
 */
class FileSystemStorageIT extends StorageScenarios {

	private static final Path STORAGE = Path.of("target/test-storage");

	private static final Path SPOOL = Path.of("target/test-spool");

	@Test
	void reconcileThenOrphansAndSpoolLeftoversOlderThanTheGraceRemovedFreshOnesKept() throws Exception {
		ModelVersionDetails withRow = uploadSmallModel("embedder-o");
		Path folder = STORAGE.resolve(Long.toString(id()));
		Path oldOrphan = aged(Files.writeString(folder.resolve(UUID.randomUUID().toString()), "crashed"));
		Path freshOrphan = Files.writeString(folder.resolve(UUID.randomUUID().toString()), "committing");
		aged(folder.resolve(withRow.version().toString()));
		Path oldSpool = aged(Files.writeString(Files.createDirectories(SPOOL).resolve("upload_killed_1.tmp"), "x"));
		Path freshSpool = Files.writeString(SPOOL.resolve("upload_receiving_2.tmp"), "x");
		Path oldPart = aged(Files.writeString(folder.resolve(".upload-42.part"), "half"));

		this.reconciler.reconcile();

		assertThat(oldOrphan).doesNotExist();
		assertThat(freshOrphan).exists();
		assertThat(folder.resolve(withRow.version().toString())).exists();
		assertThat(oldSpool).doesNotExist();
		assertThat(freshSpool).exists();
		assertThat(oldPart).doesNotExist();
		Files.delete(freshOrphan);
		Files.delete(freshSpool);
	}

	/**
	 * The file, last written two hours ago: older than the grace period of an hour.
	 */
	private static Path aged(Path file) throws Exception {
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
		return file;
	}

}
