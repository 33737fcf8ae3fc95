package io.paddock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.paddock.support.Replica;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two replicas starting at the same moment on one empty PostgreSQL database: both come
 * up, the first admin and the demo data exist exactly once. Then one replica shuts down
 * and tells the load balancer it is not ready before it stops serving.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StartupRaceIT {

	private static final String ADMIN = "admin@replicas.test";

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Replica> replicas = new ArrayList<>();

	private EmbeddedPostgres postgres;

	private JdbcTemplate jdbc;

	@BeforeAll
	void startTwoReplicasTogether(@TempDir Path storage) throws Exception {
		this.postgres = EmbeddedPostgres.builder().start();
		this.jdbc = new JdbcTemplate(this.postgres.getPostgresDatabase());
		String[] arguments = { "--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--paddock.admin.email=" + ADMIN, "--paddock.admin.password=replica-kestrel-lighthouse",
				"--paddock.demo-data=true", "--paddock.storage.dir=" + storage };
		this.replicas.addAll(Replica.startTogether(2, arguments));
	}

	@AfterAll
	void stop() throws IOException {
		this.replicas.forEach(Replica::close);
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	@Order(1)
	void bothReplicasReadyWithOneAdminAndOneCopyOfTheDemoData() throws Exception {
		for (Replica replica : this.replicas) {
			assertThat(readiness(replica).statusCode()).isEqualTo(200);
		}
		assertThat(count("select count(*) from users where user_type = 'ADMIN'")).isOne();
		assertThat(count("select count(*) from users where email_key = '" + ADMIN + "'")).isOne();
		assertThat(count("select count(*) from users where email_key in ('steve@ex.co', 'john@ex.co')")).isEqualTo(2);
		assertThat(count("select count(*) from workspaces where default_for is null")).isEqualTo(4);
		assertThat(count("select count(*) from model_versions")).isEqualTo(6);
		assertThat(count("select count(*) from pipelines")).isEqualTo(4);
	}

	@Test
	@Order(2)
	void replicaShuttingDownReportsNotReadyWhileTheOtherStaysReady() throws Exception {
		Replica leaving = this.replicas.get(0);
		Replica staying = this.replicas.get(1);
		CompletableFuture<HttpResponse<String>> readinessWhileClosing = new CompletableFuture<>();
		leaving.context().addApplicationListener((ApplicationListener<ApplicationEvent>) (event) -> {
			if (event instanceof AvailabilityChangeEvent<?> change
					&& change.getState() == ReadinessState.REFUSING_TRAFFIC) {
				try {
					readinessWhileClosing.complete(readiness(leaving));
				}
				catch (Exception ex) {
					readinessWhileClosing.completeExceptionally(ex);
				}
			}
		});

		leaving.close();

		HttpResponse<String> answer = readinessWhileClosing.get(1, TimeUnit.MINUTES);
		assertThat(answer.statusCode()).isEqualTo(503);
		assertThat(answer.body()).isEqualTo("{\"status\":\"OUT_OF_SERVICE\"}");
		assertThat(readiness(staying).statusCode()).isEqualTo(200);
	}

	private HttpResponse<String> readiness(Replica replica) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(replica.baseUrl() + "/actuator/health/readiness")).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private int count(String sql) {
		return this.jdbc.queryForObject(sql, Integer.class);
	}

}
