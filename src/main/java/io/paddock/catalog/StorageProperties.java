package io.paddock.catalog;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where uploaded model files are kept, how big one may be, and how leftovers are cleaned.
 *
 * @param type {@code filesystem} (the default; a shared volume when several instances
 * run) or {@code s3} (S3-compatible object storage)
 * @param dir the storage directory of the filesystem store; files are kept as
 * {@code <workspace id>/<version>}
 * @param maxUploadSize the largest model file accepted; also the multipart file limit
 * @param spoolDir where uploads are spooled while they arrive, before they are stored
 * @param orphanGrace how old a stored file without a model version, or a spooled upload,
 * must be before it is removed
 * @param reconcileInterval how often stored files without a model version and spool
 * leftovers are looked for
 * @param s3 the object storage, when {@code type} is {@code s3}
 */
@ConfigurationProperties("paddock.storage")
public record StorageProperties(@DefaultValue("filesystem") Type type, @DefaultValue("./data/models") Path dir,
		@DefaultValue("512MB") DataSize maxUploadSize, @DefaultValue("./data/upload-spool") Path spoolDir,
		@DefaultValue("1h") Duration orphanGrace, @DefaultValue("1h") Duration reconcileInterval, @DefaultValue S3 s3) {

	public enum Type {

		FILESYSTEM, S3

	}

	/**
	 * An S3-compatible bucket; objects are kept as {@code <workspace id>/<version>}.
	 *
	 * @param bucket the bucket, which must exist
	 * @param endpoint the service's address, e.g. {@code http://minio:9000}; unset for
	 * AWS
	 * @param region the region; unset takes the SDK's default (e.g. {@code AWS_REGION})
	 * @param pathStyleAccess address the bucket as {@code <endpoint>/<bucket>} instead of
	 * {@code <bucket>.<endpoint>} (MinIO and most self-hosted stores want this)
	 * @param accessKey with {@code secretKey}, fixed credentials; unset takes the SDK's
	 * default chain (environment, profile, container or instance role)
	 * @param secretKey the secret of {@code accessKey}
	 */
	public record S3(String bucket, URI endpoint, String region, @DefaultValue("false") boolean pathStyleAccess,
			String accessKey, String secretKey) {

	}

}
