package io.paddock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.paddock.support.ApplicationProcess;
import io.paddock.support.Mailbox;
import io.paddock.support.S3TestServer;
import io.paddock.support.SignedInClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paddock as the Docker image runs it, processed ahead of time
 * ({@code -Dspring.aot.enabled=true}): its beans were worked out at build time, yet what
 * is chosen when it runs still holds. Here that is PostgreSQL through the postgres
 * profile, an SMTP server, S3 storage and the demo data.
 */
class AheadOfTimeIT {

	private static final Pattern IMDB = Pattern.compile("href=\"/workspaces/(\\d+)\">imdb-workspace<");

	private static final Pattern MODEL_FILE = Pattern
		.compile("href=\"(/workspaces/\\d+/models/embedder-o/versions/[^\"]+/file)\"");

	@Test
	void processedAheadOfTimeThenRunTimeChoicesStillHold(@TempDir Path home) throws Exception {
		GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		mail.start();
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres",
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--paddock.admin.email=admin@aot.test",
					"--paddock.admin.password=ahead-of-time-kestrel", "--paddock.demo-data=true",
					"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + mail.getSmtp().getPort(),
					"--paddock.mail.poll-interval=200ms"));
			S3TestServer.register((name, value) -> arguments.add("--" + name + "=" + value.get()));
			try (ApplicationProcess application = ApplicationProcess.start(home, List.of("-Dspring.aot.enabled=true"),
					arguments.toArray(String[]::new))) {
				assertThat(application.output()).contains("Starting AOT-processed PaddockApplication");

				SignedInClient steve = SignedInClient.signIn(application.baseUrl(), "steve@ex.co", "paddock-demo");
				Matcher imdb = IMDB.matcher(steve.get("/workspaces").body());
				assertThat(imdb.find()).as("the demo's imdb-workspace listed").isTrue();
				Matcher file = MODEL_FILE.matcher(steve.get("/workspaces/" + imdb.group(1) + "/models").body());
				assertThat(file.find()).as("the demo's embedder-o model listed").isTrue();
				assertThat(steve.download(file.group(1)).statusCode()).isEqualTo(200);

				SignedInClient admin = SignedInClient.signIn(application.baseUrl(), "admin@aot.test",
						"ahead-of-time-kestrel");
				admin.get("/users");
				assertThat(admin.postForm("/users", "email=new%40aot.test&displayName=New&type=USER&password=")
					.statusCode()).isEqualTo(302);
				assertThat(Mailbox.await(mail, "new@aot.test", 1).get(0).getSubject())
					.isEqualTo("Your Paddock account is ready: set your password");
			}
		}
		finally {
			mail.stop();
		}
	}

}
