package io.paddock.catalog;

import java.io.IOException;
import java.net.URI;

import io.paddock.support.S3TestServer;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The S3 store against a real S3 protocol server: the contract, plus an absent bucket.
 */
class S3ModelFileStoreTests extends ModelFileStoreContract {

	private static final ModelFileStore STORE = StorageConfiguration.s3Store(properties(S3TestServer.BUCKET));

	@Override
	protected ModelFileStore store() {
		return STORE;
	}

	@Override
	protected void putForeignFile() {
		S3TestServer.s3()
			.putObject((put) -> put.bucket(S3TestServer.BUCKET).key("backups/notes.txt"),
					RequestBody.fromString("not a model"));
	}

	@Test
	void checkAvailableWhenBucketAbsentThenFails() {
		try (S3ModelFileStore absent = StorageConfiguration.s3Store(properties("no-such-bucket"))) {
			assertThatExceptionOfType(IOException.class).isThrownBy(absent::checkAvailable)
				.withMessageContaining("no-such-bucket");
		}
	}

	@Test
	void bucketNotSetThenRefusedNamingTheProperty() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> StorageConfiguration.s3Store(properties(" ")))
			.withMessageContaining("paddock.storage.s3.bucket");
	}

	private static StorageProperties.S3 properties(String bucket) {
		return new StorageProperties.S3(bucket, URI.create(S3TestServer.endpoint().toString()), S3TestServer.REGION,
				true, S3TestServer.ACCESS_KEY, S3TestServer.SECRET_KEY);
	}

}
