package io.paddock.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps model files on disk as {@code
 *
<dir>
 * /<workspace id>/<version>}. A file is streamed into a temporary file in the same
 * folder, hashed and counted while copying, and moved into place only when complete, so a
 * failed or refused upload leaves nothing behind.
 */
@Component
class ModelFileStore {

	private static final Logger log = LoggerFactory.getLogger(ModelFileStore.class);

	private static final int BUFFER_SIZE = 64 * 1024;

	static final Duration STALE_UPLOAD = Duration.ofDays(1);

	private final Path root;

	private final DataSize maxSize;

	ModelFileStore(StorageProperties properties) {
		this.root = properties.dir().toAbsolutePath().normalize();
		this.maxSize = properties.maxUploadSize();
	}

	DataSize maxSize() {
		return this.maxSize;
	}

	/**
	 * Copies the content to the version's file, closing the stream.
	 * @throws InvalidCatalogInputException when the content is empty or larger than the
	 * limit
	 */
	StoredFile store(long workspaceId, UUID version, String fileName, InputStream content) {
		Path folder = folderOf(workspaceId);
		Path temp = null;
		try (InputStream in = content) {
			Files.createDirectories(folder);
			temp = Files.createTempFile(folder, ".upload-", ".part");
			MessageDigest sha256 = sha256();
			long size = 0;
			long max = this.maxSize.toBytes();
			try (OutputStream out = Files.newOutputStream(temp)) {
				byte[] buffer = new byte[BUFFER_SIZE];
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					size += read;
					if (size > max) {
						throw new InvalidCatalogInputException("file", fileName + " is larger than the limit of "
								+ describe(this.maxSize) + "; nothing was stored.");
					}
					sha256.update(buffer, 0, read);
					out.write(buffer, 0, read);
				}
			}
			if (size == 0) {
				throw new InvalidCatalogInputException("file", fileName + " is empty; choose the model file itself.");
			}
			Path target = folder.resolve(version.toString());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			return new StoredFile(target, size, HexFormat.of().formatHex(sha256.digest()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store " + fileName, ex);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	/**
	 * Deletes the temporary files of uploads that died with the process (a crash or a
	 * kill while copying), once they are older than {@link #STALE_UPLOAD}: younger ones
	 * may belong to an upload still running on another instance sharing the directory.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void removeStaleUploads() {
		removeStaleUploads(Instant.now().minus(STALE_UPLOAD));
	}

	int removeStaleUploads(Instant olderThan) {
		if (!Files.isDirectory(this.root)) {
			return 0;
		}
		try (Stream<Path> found = Files.find(this.root, 2,
				(path, attributes) -> attributes.isRegularFile() && path.getFileName().toString().startsWith(".upload-")
						&& path.getFileName().toString().endsWith(".part")
						&& attributes.lastModifiedTime().toInstant().isBefore(olderThan))) {
			List<Path> stale = found.toList();
			stale.forEach(ModelFileStore::deleteQuietly);
			if (!stale.isEmpty()) {
				log.info("Removed {} unfinished upload(s) from {}", stale.size(), this.root);
			}
			return stale.size();
		}
		catch (IOException ex) {
			log.warn("Could not look for unfinished uploads in {}: {}", this.root, ex.getMessage());
			return 0;
		}
	}

	Path pathOf(long workspaceId, UUID version) {
		return folderOf(workspaceId).resolve(version.toString());
	}

	void delete(long workspaceId, UUID version) {
		deleteQuietly(pathOf(workspaceId, version));
	}

	private Path folderOf(long workspaceId) {
		return this.root.resolve(Long.toString(workspaceId));
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

	private static void deleteQuietly(Path path) {
		if (path == null) {
			return;
		}
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path, ex.getMessage());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record StoredFile(Path path, long size, String sha256) {

	}

}
