package io.paddock;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.paddock.account.AccountService;
import io.paddock.account.NewUser;
import io.paddock.account.UserType;
import io.paddock.api.ApiClient;
import io.paddock.api.ApiClient.Response;
import io.paddock.support.Replica;
import io.paddock.support.RoundRobin;
import io.paddock.support.S3TestServer;
import io.paddock.support.SignedInClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Paddock as docker/compose.yaml runs it: two replicas on one PostgreSQL database, one S3
 * bucket and one SMTP server, behind a round-robin balancer without sticky sessions (one
 * cookie jar, the next replica for every request). Whatever one replica starts, the other
 * continues; one replica stopping while clients write loses no acknowledged write.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicaIT {

	private static final String STEVE = "steve@replicas.test";

	private static final String PASSWORD = "replica-user-password";

	private static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]*>([^<]+)<");

	private final List<Replica> replicas = new ArrayList<>();

	private EmbeddedPostgres postgres;

	private GreenMail mail;

	private JdbcTemplate jdbc;

	private RoundRobin balancer;

	private SignedInClient dashboard;

	private ApiClient api;

	@BeforeAll
	void startTwoReplicasBehindABalancer(@TempDir Path spool) throws Exception {
		this.postgres = EmbeddedPostgres.builder().start();
		this.jdbc = new JdbcTemplate(this.postgres.getPostgresDatabase());
		this.mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		this.mail.start();
		List<String> arguments = new ArrayList<>(List.of(
				"--spring.datasource.url=" + this.postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--paddock.admin.email=admin@replicas.test", "--paddock.admin.password=replica-kestrel-lighthouse",
				"--paddock.public-url=http://paddock.replicas.test", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + this.mail.getSmtp().getPort(), "--paddock.mail.poll-interval=200ms",
				"--paddock.storage.spool-dir=" + spool));
		S3TestServer.register((name, value) -> arguments.add("--" + name + "=" + value.get()));
		this.replicas.addAll(Replica.startTogether(2, arguments.toArray(String[]::new)));
		this.balancer = RoundRobin.over(this.replicas.get(0).baseUrl(), this.replicas.get(1).baseUrl());
		this.replicas.get(0)
			.context()
			.getBean(AccountService.class)
			.create(new NewUser(STEVE, "Steve", UserType.USER, PASSWORD));
		this.dashboard = SignedInClient.signIn(this.balancer, STEVE, PASSWORD);
		this.api = ApiClient.through(this.balancer, newApiToken());
	}

	@AfterAll
	void stop() throws Exception {
		this.replicas.forEach(Replica::close);
		if (this.mail != null) {
			this.mail.stop();
		}
		if (this.postgres != null) {
			this.postgres.close();
		}
	}

	@Test
	@Order(1)
	void dashboardFormFromOneReplicaIsPostedToTheOtherAndItsNoticeShownByTheFirst() {
		HttpResponse<String> page = this.dashboard.get("/workspaces");
		HttpResponse<String> created = this.dashboard.postForm("/workspaces", "name=made-on-two");
		HttpResponse<String> list = this.dashboard.follow(created);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("Created workspace made-on-two.");
		assertAlternating(page, created, list);
		assertThat(workspaceNamed("made-on-two")).isOne();
	}

	@Test
	@Order(2)
	void htmxRequestWithTheCsrfHeaderIsAnsweredByEitherReplica() {
		HttpResponse<String> first = this.dashboard.htmxPost("/workspaces", "name=htmx-on-one");
		HttpResponse<String> second = this.dashboard.htmxPost("/workspaces", "name=htmx-on-other");

		for (HttpResponse<String> answer : List.of(first, second)) {
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(answer.body()).doesNotContain("<html").contains("id=\"create-form\"").contains("hx-swap-oob");
		}
		assertThat(first.body()).contains("htmx-on-one");
		assertThat(second.body()).contains("htmx-on-other");
		assertAlternating(first, second);
		assertThat(workspaceNamed("htmx-on-one") + workspaceNamed("htmx-on-other")).isEqualTo(2);
	}

	@Test
	@Order(3)
	void apiWorkspaceCreatedThroughOneReplicaIsFoundThroughTheOther() {
		Response created = this.api.post("/api/v1/workspaces", "{\"name\": \"api-on-two\"}");
		Response found = this.api.get("/api/v1/workspaces/by-name/api-on-two");

		assertThat(created.status()).isEqualTo(201);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("id").asLong()).isEqualTo(created.json().get("id").asLong());
		assertThat(found.uri().getPort()).isNotEqualTo(created.uri().getPort());
	}

	@Test
	@Order(4)
	void modelUploadedToOneReplicaDownloadsFromTheOtherByteForByte() throws Exception {
		long workspace = createWorkspace("models-on-two");
		byte[] content = new byte[2 * 1024 * 1024 + 17];
		new Random(7).nextBytes(content);
		String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));

		Response uploaded = this.api.upload("/api/v1/workspaces/" + workspace + "/models", "name", "shared-model",
				"model.bin", content);
		HttpResponse<byte[]> downloaded = this.api.download("/api/v1/workspaces/" + workspace
				+ "/models/shared-model/versions/" + uploaded.json().get("version").asString() + "/file");

		assertThat(uploaded.status()).isEqualTo(201);
		assertThat(uploaded.json().get("sha256").asString()).isEqualTo(sha256);
		assertThat(downloaded.statusCode()).isEqualTo(200);
		assertThat(downloaded.uri().getPort()).isNotEqualTo(uploaded.uri().getPort());
		assertThat(downloaded.headers().firstValue("X-Content-SHA256")).hasValue(sha256);
		assertThat(downloaded.body()).isEqualTo(content);
	}

	@Test
	@Order(5)
	void fiftyInvitationsThroughBothReplicasSendFiftyMailsOnce() throws Exception {
		long workspace = createWorkspace("invitations-on-two");
		AccountService accounts = this.replicas.get(1).context().getBean(AccountService.class);
		List<String> invitees = IntStream.range(0, 50).mapToObj((i) -> "invitee-" + i + "@replicas.test").toList();
		invitees.forEach((email) -> accounts.create(new NewUser(email, "Invitee", UserType.USER, PASSWORD)));

		List<Response> answers = invitees.stream()
			.map((email) -> this.api.post("/api/v1/workspaces/" + workspace + "/users",
					"{\"email\": \"" + email + "\"}"))
			.toList();

		assertThat(answers).allSatisfy((answer) -> assertThat(answer.status()).isEqualTo(200));
		assertThat(answers.stream()
			.collect(Collectors.groupingBy((answer) -> answer.uri().getPort(), Collectors.counting()))).hasSize(2)
			.allSatisfy((port, count) -> assertThat(count).isEqualTo(25L));
		await().atMost(Duration.ofMinutes(1)).until(() -> mailsTo(invitees).size() >= 50);
		await().atMost(Duration.ofMinutes(1))
			.until(() -> this.jdbc.queryForObject(
					"select count(*) from outbox_messages where recipient like 'invitee-%' and status <> 'SENT'",
					Integer.class) == 0);
		assertThat(mailsTo(invitees)).hasSize(50)
			.allSatisfy((email, mails) -> assertThat(mails).as(email).isEqualTo(1L))
			.containsOnlyKeys(invitees);
	}

	/**
	 * Writers keep creating workspaces through the balancer while one replica shuts down
	 * gracefully. Requests under way when it stops accepting may fail (they were not
	 * acknowledged); every acknowledged one is stored, and once it has stopped its
	 * refused connections go to the other replica, so every later request succeeds.
	 */
	@Test
	@Order(6)
	void replicaStoppedWhileClientsWriteLosesNoAcknowledgedWrite() throws Exception {
		Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
		Queue<String> unacknowledged = new ConcurrentLinkedQueue<>();
		Queue<String> failedAfterStop = new ConcurrentLinkedQueue<>();
		AtomicBoolean stopped = new AtomicBoolean();
		AtomicBoolean done = new AtomicBoolean();
		ExecutorService writers = Executors.newFixedThreadPool(3);
		for (int writer = 0; writer < 3; writer++) {
			String prefix = "write-" + writer + "-";
			writers.submit(() -> {
				for (int n = 0; !done.get(); n++) {
					boolean afterStop = stopped.get();
					String name = prefix + n;
					String failure = failureOfWrite(name);
					if (failure == null) {
						acknowledged.add(name);
					}
					else {
						unacknowledged.add(name + ": " + failure);
						if (afterStop) {
							failedAfterStop.add(name + ": " + failure);
						}
					}
				}
			});
		}
		await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= 30);
		int refusedBefore = this.balancer.refusedConnections();

		this.replicas.get(0).close();
		stopped.set(true);
		int acknowledgedAtStop = acknowledged.size();
		await().atMost(Duration.ofMinutes(1)).until(() -> acknowledged.size() >= acknowledgedAtStop + 30);
		done.set(true);
		writers.shutdown();
		assertThat(writers.awaitTermination(1, TimeUnit.MINUTES)).isTrue();

		List<String> stored = this.jdbc.queryForList("select name from workspaces where name like 'write-%'",
				String.class);
		System.out.printf(
				"Replica stopped while writing: %d acknowledged (%d before the stop), %d unacknowledged,"
						+ " %d refused connections sent to the other replica%n",
				acknowledged.size(), acknowledgedAtStop, unacknowledged.size(),
				this.balancer.refusedConnections() - refusedBefore);
		System.out.println("Unacknowledged: " + unacknowledged);
		assertThat(stored).containsAll(acknowledged);
		assertThat(failedAfterStop).isEmpty();
		assertThat(this.balancer.refusedConnections()).isGreaterThan(refusedBefore);
	}

	/**
	 * Creates a workspace; null when that was acknowledged, else what went wrong.
	 */
	private String failureOfWrite(String name) {
		try {
			int status = this.api.post("/api/v1/workspaces", "{\"name\": \"" + name + "\"}").status();
			return (status == 201) ? null : "status " + status;
		}
		catch (UncheckedIOException ex) {
			return ex.getCause().toString();
		}
	}

	/**
	 * A token made on the API Tokens page: created by one replica, shown once by the
	 * other from the session.
	 */
	private String newApiToken() {
		this.dashboard.get("/tokens");
		HttpResponse<String> shown = this.dashboard.follow(this.dashboard.postForm("/tokens", "name=replicas"));
		Matcher token = NEW_TOKEN.matcher(shown.body());
		assertThat(token.find()).as("new token shown").isTrue();
		return token.group(1);
	}

	private long createWorkspace(String name) {
		Response created = this.api.post("/api/v1/workspaces", "{\"name\": \"" + name + "\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.json().get("id").asLong();
	}

	private int workspaceNamed(String name) {
		return this.jdbc.queryForObject("select count(*) from workspaces where name = ?", Integer.class, name);
	}

	private Map<String, Long> mailsTo(List<String> recipients) throws MessagingException {
		List<String> addresses = new ArrayList<>();
		for (MimeMessage message : this.mail.getReceivedMessages()) {
			Arrays.stream(message.getAllRecipients()).map(Address::toString).forEach(addresses::add);
		}
		return addresses.stream()
			.filter(recipients::contains)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
	}

	private static void assertAlternating(HttpResponse<?>... answers) {
		for (int i = 1; i < answers.length; i++) {
			assertThat(answers[i].uri().getPort()).as("replica of answer %d", i)
				.isNotEqualTo(answers[i - 1].uri().getPort());
		}
	}

}
