package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import io.paddock.catalog.ModelFileStore.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ModelFileStoreTests {

	@TempDir
	Path dir;

	@Test
	void storeThenFileInPlaceWithSizeAndSha256() throws IOException {
		ModelFileStore store = new ModelFileStore(new StorageProperties(this.dir, DataSize.ofKilobytes(1)));
		UUID version = UUID.randomUUID();

		StoredFile stored = store.store(7, version, "hello.txt", bytes("hello"));

		assertThat(stored.path()).isEqualTo(this.dir.resolve("7").resolve(version.toString()));
		assertThat(Files.readString(stored.path())).isEqualTo("hello");
		assertThat(stored.size()).isEqualTo(5);
		assertThat(stored.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
		assertThat(filesIn(this.dir.resolve("7"))).containsExactly(version.toString());
	}

	@Test
	void storeWhenLargerThanLimitThenRefusedAndNothingLeftBehind() throws IOException {
		ModelFileStore store = new ModelFileStore(new StorageProperties(this.dir, DataSize.ofKilobytes(1)));

		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> store.store(7, UUID.randomUUID(), "big.onnx", new ByteArrayInputStream(new byte[1025])))
			.withMessage("big.onnx is larger than the limit of 1 KB; nothing was stored.");
		assertThat(filesIn(this.dir.resolve("7"))).isEmpty();
	}

	@Test
	void storeWhenExactlyAtLimitThenAccepted() {
		ModelFileStore store = new ModelFileStore(new StorageProperties(this.dir, DataSize.ofKilobytes(1)));

		assertThat(store.store(7, UUID.randomUUID(), "edge.onnx", new ByteArrayInputStream(new byte[1024])).size())
			.isEqualTo(1024);
	}

	@Test
	void storeWhenEmptyThenRefusedAndNothingLeftBehind() throws IOException {
		ModelFileStore store = new ModelFileStore(new StorageProperties(this.dir, DataSize.ofKilobytes(1)));

		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> store.store(7, UUID.randomUUID(), "empty.onnx", bytes("")))
			.withMessageContaining("empty.onnx is empty");
		assertThat(filesIn(this.dir.resolve("7"))).isEmpty();
	}

	@Test
	void removeStaleUploadsThenOnlyOldPartFilesDeleted() throws IOException {
		ModelFileStore store = new ModelFileStore(new StorageProperties(this.dir, DataSize.ofKilobytes(1)));
		Path folder = Files.createDirectories(this.dir.resolve("7"));
		Path old = Files.writeString(folder.resolve(".upload-1.part"), "half");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		Files.writeString(folder.resolve(".upload-2.part"), "still uploading");
		Path model = Files.writeString(folder.resolve(UUID.randomUUID().toString()), "model");
		Files.setLastModifiedTime(model, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

		int removed = store.removeStaleUploads(Instant.now().minus(ModelFileStore.STALE_UPLOAD));

		assertThat(removed).isEqualTo(1);
		assertThat(filesIn(folder)).containsExactlyInAnyOrder(".upload-2.part", model.getFileName().toString());
	}

	@Test
	void cleanFileNameWhenPathOrControlCharactersThenLastPartOnly() {
		assertThat(CatalogService.cleanFileName("C:\\Users\\steve\\embedder.onnx")).isEqualTo("embedder.onnx");
		assertThat(CatalogService.cleanFileName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(CatalogService.cleanFileName("model\u0000\n.py")).isEqualTo("model.py");
		assertThat(CatalogService.cleanFileName("x".repeat(300) + ".onnx")).hasSize(255).endsWith(".onnx");
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private static Stream<String> filesInStream(Path folder) throws IOException {
		return Files.exists(folder) ? Files.list(folder).map((p) -> p.getFileName().toString()) : Stream.empty();
	}

	private static java.util.List<String> filesIn(Path folder) throws IOException {
		try (Stream<String> names = filesInStream(folder)) {
			return names.toList();
		}
	}

}
