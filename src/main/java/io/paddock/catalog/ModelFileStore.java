package io.paddock.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where model files are kept: one file per model version, under the key
 * {@code <workspace id>/<version>}. The database keeps what the files are; a file is
 * written before its row commits and deleted when that transaction rolls back, and
 * {@link ModelFileReconciler} removes what a crash left behind.
 */
interface ModelFileStore {

	/**
	 * Streams exactly {@code size} bytes of the content to the version's file.
	 * @throws IOException when the content ends early or is longer, or the store fails;
	 * nothing is kept then
	 */
	void store(long workspaceId, UUID version, InputStream content, long size) throws IOException;

	/**
	 * The size of the version's file, or empty when there is no such file.
	 */
	OptionalLong sizeOf(long workspaceId, UUID version);

	/**
	 * The content of the version's file, for the caller to close.
	 * @throws java.io.FileNotFoundException when there is no such file
	 */
	InputStream open(long workspaceId, UUID version) throws IOException;

	/**
	 * Deletes the version's file if there is one; failures are logged.
	 */
	void delete(long workspaceId, UUID version);

	/**
	 * Hands every stored file, with when it was last written, to the consumer.
	 */
	void forEachFile(Consumer<StoredFile> consumer) throws IOException;

	/**
	 * Deletes the unfinished writes of uploads that died with their process.
	 * @return how many were deleted
	 */
	int removeUnfinished(Instant olderThan) throws IOException;

	/**
	 * Fails when files can be neither read nor written.
	 */
	void checkAvailable() throws IOException;

	/**
	 * Where the files are, for people: a folder or a bucket.
	 */
	String location();

	/**
	 * A stored file.
	 */
	record StoredFile(long workspaceId, UUID version, Instant lastModified) {

		private static final Pattern KEY = Pattern
			.compile("(\\d{1,18})/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

		static String keyOf(long workspaceId, UUID version) {
			return workspaceId + "/" + version;
		}

		/**
		 * The file stored under the key, or {@code null} when the key is not one of a
		 * model file (the store's other contents are left alone).
		 */
		static StoredFile of(String key, Instant lastModified) {
			Matcher matcher = KEY.matcher(key);
			return matcher.matches()
					? new StoredFile(Long.parseLong(matcher.group(1)), UUID.fromString(matcher.group(2)), lastModified)
					: null;
		}

	}

}
