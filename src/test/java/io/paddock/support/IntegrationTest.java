package io.paddock.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Base of the tests that run the whole application on a random port, with a real SMTP
 * server (GreenMail) and an in-memory H2 database. Every subclass shares one application
 * context, so the application starts once per test run; tests make their own users and
 * workspaces with unique names instead of relying on a clean database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:paddock-it;DB_CLOSE_DELAY=-1",
		"paddock.admin.email=" + TestUsers.ADMIN_EMAIL, "paddock.admin.password=" + TestUsers.PASSWORD,
		"paddock.storage.dir=target/test-storage", "paddock.storage.spool-dir=target/test-spool",
		"paddock.storage.max-upload-size=16MB",
		"spring.jpa.properties.hibernate.session_factory.statement_inspector=io.paddock.support.StatementCounter" })
@Import({ TestUsers.class, TestClock.class, HeldRequests.class })
public abstract class IntegrationTest {

	private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

	static {
		emptyStorage();
	}

	protected static GreenMail mailServer = startMailServer();

	@LocalServerPort
	protected int port;

	@Autowired
	protected TestUsers users;

	@DynamicPropertySource
	static void mailProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", SMTP::getPort);
	}

	/**
	 * A test that stopped {@link #mailServer} leaves a running one for the next.
	 */
	@AfterEach
	void mailServerRunsAgain() {
		if (!mailServer.isRunning()) {
			mailServer = startMailServer();
		}
	}

	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Starts a fresh SMTP server on the port the application was configured with, e.g.
	 * after a test stopped {@link #mailServer} to simulate an outage.
	 */
	protected static GreenMail startMailServer() {
		GreenMail server = new GreenMail(SMTP)
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

	/**
	 * Every run starts with no model files, as its in-memory database starts with no
	 * models: files of an earlier run would sit under the same workspace ids.
	 */
	private static void emptyStorage() {
		try {
			FileSystemUtils.deleteRecursively(Path.of("target/test-storage"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
