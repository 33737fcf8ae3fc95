package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.paddock.catalog.ModelFileStore.StoredFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * What every model file store does, run against each implementation.
 */
abstract class ModelFileStoreContract {

	/**
	 * A workspace id of this test alone, so tests sharing a store do not see each other.
	 */
	protected final long workspaceId = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);

	protected abstract ModelFileStore store();

	/**
	 * Puts something that is not a model file into the store.
	 */
	protected abstract void putForeignFile() throws IOException;

	@Test
	void storeThenSizeContentAndListing() throws IOException {
		UUID version = UUID.randomUUID();

		store().store(this.workspaceId, version, hashing("hello"), 5);

		assertThat(store().sizeOf(this.workspaceId, version)).hasValue(5);
		try (InputStream in = store().open(this.workspaceId, version)) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("hello");
		}
		assertThat(filesOfWorkspace()).singleElement().satisfies((file) -> {
			assertThat(file.version()).isEqualTo(version);
			assertThat(file.lastModified()).isNotNull();
		});
	}

	@Test
	void storeWhenContentEndsEarlyThenFailsAndNothingKept() throws IOException {
		UUID version = UUID.randomUUID();

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> store().store(this.workspaceId, version, new HashingInputStream(bytes("abc"), 5), 5));

		assertThat(store().sizeOf(this.workspaceId, version)).isEmpty();
		assertThat(filesOfWorkspace()).isEmpty();
	}

	@Test
	void missingFileThenNoSizeAndOpenSaysNotFound() {
		UUID version = UUID.randomUUID();

		assertThat(store().sizeOf(this.workspaceId, version)).isEmpty();
		assertThatExceptionOfType(FileNotFoundException.class)
			.isThrownBy(() -> store().open(this.workspaceId, version));
	}

	@Test
	void deleteThenGoneAndDeletingAgainIsHarmless() throws IOException {
		UUID version = UUID.randomUUID();
		store().store(this.workspaceId, version, hashing("model"), 5);

		store().delete(this.workspaceId, version);

		assertThat(store().sizeOf(this.workspaceId, version)).isEmpty();
		assertThatNoException().isThrownBy(() -> store().delete(this.workspaceId, version));
	}

	@Test
	void listingLeavesOutWhatIsNotAModelFile() throws IOException {
		putForeignFile();

		List<StoredFile> all = new ArrayList<>();
		store().forEachFile(all::add);

		assertThat(all).allSatisfy((file) -> assertThat(file.version()).isNotNull());
	}

	@Test
	void checkAvailableWhenReachableThenPasses() {
		assertThatNoException().isThrownBy(() -> store().checkAvailable());
	}

	protected List<StoredFile> filesOfWorkspace() throws IOException {
		List<StoredFile> found = new ArrayList<>();
		store().forEachFile((file) -> {
			if (file.workspaceId() == this.workspaceId) {
				found.add(file);
			}
		});
		return found;
	}

	protected static HashingInputStream hashing(String text) {
		return new HashingInputStream(bytes(text), text.length());
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
