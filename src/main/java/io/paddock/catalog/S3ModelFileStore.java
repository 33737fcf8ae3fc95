package io.paddock.catalog;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

import org.springframework.util.StreamUtils;

/**
 * Keeps model files in an S3-compatible bucket as objects
 * {@code <workspace id>/<version>}. Uploads and downloads are streamed; a single PUT of a
 * known length writes an object whole, so a failed upload leaves nothing under its key.
 */
class S3ModelFileStore implements ModelFileStore, AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(S3ModelFileStore.class);

	private final S3Client s3;

	private final String bucket;

	S3ModelFileStore(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void store(long workspaceId, UUID version, InputStream content, long size) throws IOException {
		String key = StoredFile.keyOf(workspaceId, version);
		try {
			this.s3.putObject((put) -> put.bucket(this.bucket).key(key).contentLength(size),
					RequestBody.fromInputStream(StreamUtils.nonClosing(content), size));
		}
		catch (RuntimeException ex) {
			// the SDK's own failures, and its retry of content that cannot be read again
			throw new IOException("Could not store " + key + " in bucket " + this.bucket, ex);
		}
	}

	@Override
	public OptionalLong sizeOf(long workspaceId, UUID version) {
		try {
			return OptionalLong
				.of(this.s3.headObject((head) -> head.bucket(this.bucket).key(StoredFile.keyOf(workspaceId, version)))
					.contentLength());
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return OptionalLong.empty();
			}
			throw ex;
		}
	}

	@Override
	public InputStream open(long workspaceId, UUID version) throws IOException {
		String key = StoredFile.keyOf(workspaceId, version);
		try {
			return this.s3.getObject((get) -> get.bucket(this.bucket).key(key));
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new FileNotFoundException(key);
			}
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
		catch (SdkException ex) {
			throw new IOException("Could not read " + key + " from bucket " + this.bucket, ex);
		}
	}

	@Override
	public void delete(long workspaceId, UUID version) {
		String key = StoredFile.keyOf(workspaceId, version);
		try {
			this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key));
		}
		catch (SdkException ex) {
			log.warn("Could not delete {} from bucket {}: {}", key, this.bucket, ex.getMessage());
		}
	}

	@Override
	public void forEachFile(Consumer<StoredFile> consumer) throws IOException {
		try {
			this.s3.listObjectsV2Paginator((list) -> list.bucket(this.bucket)).contents().forEach((object) -> {
				StoredFile file = StoredFile.of(object.key(), object.lastModified());
				if (file != null) {
					consumer.accept(file);
				}
			});
		}
		catch (SdkException ex) {
			throw new IOException("Could not list bucket " + this.bucket, ex);
		}
	}

	/**
	 * Nothing to do: a single PUT leaves no partial object behind.
	 */
	@Override
	public int removeUnfinished(Instant olderThan) {
		return 0;
	}

	@Override
	public void checkAvailable() throws IOException {
		try {
			this.s3.headBucket((head) -> head.bucket(this.bucket));
		}
		catch (SdkException ex) {
			throw new IOException("Bucket " + this.bucket + " is not reachable: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String location() {
		return "s3://" + this.bucket;
	}

	@Override
	public void close() {
		this.s3.close();
	}

}
