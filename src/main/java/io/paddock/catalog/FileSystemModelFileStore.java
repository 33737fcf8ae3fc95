package io.paddock.catalog;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps model files in a folder (for several instances, a shared volume) as {@code
 *
<dir>
 * /<workspace id>/<version>}. A file is streamed into a temporary file in the same folder
 * and moved into place only when complete, so a half-written file never appears under its
 * final name.
 */
class FileSystemModelFileStore implements ModelFileStore {

	private static final Logger log = LoggerFactory.getLogger(FileSystemModelFileStore.class);

	private static final String TEMP_PREFIX = ".upload-";

	private static final String TEMP_SUFFIX = ".part";

	private final Path root;

	FileSystemModelFileStore(Path dir) {
		this.root = dir.toAbsolutePath().normalize();
	}

	@Override
	public void store(long workspaceId, UUID version, InputStream content, long size) throws IOException {
		Path folder = folderOf(workspaceId);
		Files.createDirectories(folder);
		Path temp = Files.createTempFile(folder, TEMP_PREFIX, TEMP_SUFFIX);
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.transferTo(out);
			}
			Files.move(temp, pathOf(workspaceId, version), StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			deleteQuietly(temp);
		}
	}

	@Override
	public OptionalLong sizeOf(long workspaceId, UUID version) {
		try {
			return OptionalLong.of(Files.size(pathOf(workspaceId, version)));
		}
		catch (IOException ex) {
			return OptionalLong.empty();
		}
	}

	@Override
	public InputStream open(long workspaceId, UUID version) throws IOException {
		try {
			return Files.newInputStream(pathOf(workspaceId, version));
		}
		catch (NoSuchFileException ex) {
			throw new FileNotFoundException(ex.getFile());
		}
	}

	@Override
	public void delete(long workspaceId, UUID version) {
		deleteQuietly(pathOf(workspaceId, version));
	}

	@Override
	public void forEachFile(Consumer<StoredFile> consumer) throws IOException {
		if (!Files.isDirectory(this.root)) {
			return;
		}
		try (Stream<Path> found = Files.find(this.root, 2, (path, attributes) -> attributes.isRegularFile())) {
			found.forEach((path) -> {
				StoredFile file = StoredFile.of(this.root.relativize(path).toString().replace('\\', '/'),
						lastModified(path));
				if (file != null && file.lastModified() != null) {
					consumer.accept(file);
				}
			});
		}
	}

	/**
	 * Deletes the temporary files of uploads that died with the process (a crash or a
	 * kill while copying) once they are older than the cut-off: younger ones may belong
	 * to an upload still running on another instance sharing the directory.
	 */
	@Override
	public int removeUnfinished(Instant olderThan) throws IOException {
		if (!Files.isDirectory(this.root)) {
			return 0;
		}
		try (Stream<Path> found = Files.find(this.root, 2, (path, attributes) -> attributes.isRegularFile()
				&& isTemp(path) && attributes.lastModifiedTime().toInstant().isBefore(olderThan))) {
			List<Path> stale = found.toList();
			stale.forEach(FileSystemModelFileStore::deleteQuietly);
			return stale.size();
		}
	}

	@Override
	public void checkAvailable() throws IOException {
		Files.createDirectories(this.root);
		if (!Files.isWritable(this.root)) {
			throw new IOException(this.root + " is not writable");
		}
	}

	@Override
	public String location() {
		return this.root.toString();
	}

	Path pathOf(long workspaceId, UUID version) {
		return folderOf(workspaceId).resolve(version.toString());
	}

	private Path folderOf(long workspaceId) {
		return this.root.resolve(Long.toString(workspaceId));
	}

	private static boolean isTemp(Path path) {
		String name = path.getFileName().toString();
		return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
	}

	private static Instant lastModified(Path path) {
		try {
			return Files.readAttributes(path, BasicFileAttributes.class).lastModifiedTime().toInstant();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static void deleteQuietly(Path path) {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not delete {}: {}", path, ex.getMessage());
		}
	}

}
