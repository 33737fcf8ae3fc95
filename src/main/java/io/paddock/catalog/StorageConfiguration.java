package io.paddock.catalog;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The model file store that {@code paddock.storage.type} selects.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	@Bean
	ModelFileStore modelFileStore(StorageProperties properties) {
		return switch (properties.type()) {
			case FILESYSTEM -> new FileSystemModelFileStore(properties.dir());
			case S3 -> s3Store(properties.s3());
		};
	}

	static S3ModelFileStore s3Store(StorageProperties.S3 properties) {
		if (!StringUtils.hasText(properties.bucket())) {
			throw new IllegalStateException("Set paddock.storage.s3.bucket to the bucket that keeps the model files "
					+ "(paddock.storage.type is s3)");
		}
		return new S3ModelFileStore(s3Client(properties), properties.bucket());
	}

	/**
	 * A client on the JDK's HTTP connection. Checksums beyond what an operation requires
	 * are left out, as many S3-compatible stores do not accept them; the SHA-256 of every
	 * file is computed while it is uploaded and kept with its row.
	 */
	private static S3Client s3Client(StorageProperties.S3 properties) {
		S3ClientBuilder builder = S3Client.builder()
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.forcePathStyle(properties.pathStyleAccess())
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.credentialsProvider(credentials(properties));
		if (properties.endpoint() != null) {
			builder.endpointOverride(properties.endpoint());
		}
		if (StringUtils.hasText(properties.region())) {
			builder.region(Region.of(properties.region()));
		}
		return builder.build();
	}

	private static AwsCredentialsProvider credentials(StorageProperties.S3 properties) {
		if (StringUtils.hasText(properties.accessKey())) {
			return StaticCredentialsProvider
				.create(AwsBasicCredentials.create(properties.accessKey(), properties.secretKey()));
		}
		return DefaultCredentialsProvider.builder().build();
	}

}
