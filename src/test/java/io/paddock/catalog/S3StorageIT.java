package io.paddock.catalog;

import io.paddock.support.S3TestServer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Model files in an S3-compatible bucket (a real S3 protocol server in the test run). The
 * one application context of the suite with this store, on a database of its own.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:paddock-s3-it;DB_CLOSE_DELAY=-1")
class S3StorageIT extends StorageScenarios {

	@DynamicPropertySource
	static void s3Storage(DynamicPropertyRegistry registry) {
		S3TestServer.register(registry);
	}

}
