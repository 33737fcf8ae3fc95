package io.paddock.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The filesystem store: the contract, plus what only a folder has.
 */
class ModelFileStoreTests extends ModelFileStoreContract {

	@TempDir
	Path dir;

	@Override
	protected ModelFileStore store() {
		return new FileSystemModelFileStore(this.dir);
	}

	@Override
	protected void putForeignFile() throws IOException {
		Files.writeString(this.dir.resolve("README.txt"), "not a model");
		Files.writeString(Files.createDirectories(this.dir.resolve("7")).resolve("notes.txt"), "not a model");
	}

	@Test
	void storeThenFileInItsPlaceAndNoTemporaryFileLeft() throws IOException {
		UUID version = UUID.randomUUID();

		store().store(7, version, hashing("hello"), 5);

		assertThat(Files.readString(this.dir.resolve("7").resolve(version.toString()))).isEqualTo("hello");
		assertThat(filesIn(this.dir.resolve("7"))).containsExactly(version.toString());
	}

	@Test
	void storeWhenContentLongerThanAnnouncedThenNothingLeftBehind() throws IOException {
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> store().store(7, UUID.randomUUID(), new HashingInputStream(hashing("too long"), 3), 3));

		assertThat(filesIn(this.dir.resolve("7"))).isEmpty();
	}

	@Test
	void removeUnfinishedThenOnlyOldPartFilesDeleted() throws IOException {
		Path folder = Files.createDirectories(this.dir.resolve("7"));
		Path old = Files.writeString(folder.resolve(".upload-1.part"), "half");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		Files.writeString(folder.resolve(".upload-2.part"), "still uploading");
		Path model = Files.writeString(folder.resolve(UUID.randomUUID().toString()), "model");
		Files.setLastModifiedTime(model, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

		int removed = store().removeUnfinished(Instant.now().minus(Duration.ofHours(1)));

		assertThat(removed).isEqualTo(1);
		assertThat(filesIn(folder)).containsExactlyInAnyOrder(".upload-2.part", model.getFileName().toString());
	}

	@Test
	void checkAvailableWhenFolderCannotBeMadeThenFails() throws IOException {
		Path file = Files.writeString(this.dir.resolve("a-file"), "in the way");

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new FileSystemModelFileStore(file.resolve("models")).checkAvailable());
	}

	@Test
	void cleanFileNameWhenPathOrControlCharactersThenLastPartOnly() {
		assertThat(ModelService.cleanFileName("C:\\Users\\steve\\embedder.onnx")).isEqualTo("embedder.onnx");
		assertThat(ModelService.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(ModelService.cleanFileName("model\u0000\n.py")).isEqualTo("model.py");
		assertThat(ModelService.cleanFileName("x".repeat(300) + ".onnx")).hasSize(255).endsWith(".onnx");
	}

	private static List<String> filesIn(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> names = Files.list(folder)) {
			return names.map((p) -> p.getFileName().toString()).toList();
		}
	}

}
