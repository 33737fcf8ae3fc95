package io.paddock.support;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Base of the tests that run the application's services on a real PostgreSQL 17
 * (embedded, started once for every subclass), with the same Flyway migrations.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
		"paddock.admin.password=orange-kestrel-lighthouse", "spring.flyway.clean-disabled=true",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=io.paddock.support.StatementCounter" })
@Import(PostgresTest.EmbeddedPostgresConfiguration.class)
public abstract class PostgresTest {

	@TestConfiguration(proxyBeanMethods = false)
	static class EmbeddedPostgresConfiguration {

		@Bean(destroyMethod = "close")
		EmbeddedPostgres embeddedPostgres() throws IOException {
			return EmbeddedPostgres.builder().start();
		}

		@Bean
		DataSource dataSource(EmbeddedPostgres postgres) {
			return postgres.getPostgresDatabase();
		}

	}

}
