package io.paddock.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * Paddock as its own operating-system process, started like {@code java -jar} with the
 * application's runtime classpath, in a working directory of the test's choosing (so the
 * default {@code ./data} lands there), on a free port.
 */
public final class ApplicationProcess implements AutoCloseable {

	private static final String STARTED = "Started PaddockApplication";

	private final Process process;

	private final int port;

	private final StringBuffer output = new StringBuffer();

	private final HttpClient client = HttpClient.newHttpClient();

	private final CompletableFuture<Void> started = new CompletableFuture<>();

	private ApplicationProcess(Path workingDirectory, List<String> jvmOptions, List<String> arguments)
			throws IOException {
		this.port = freePort();
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", System.getProperty("paddock.test.application-classpath"),
				"io.paddock.PaddockApplication", "--server.port=" + this.port));
		command.addAll(arguments);
		this.process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.start();
		Thread reader = new Thread(this::readOutput, "paddock-process-output");
		reader.setDaemon(true);
		reader.start();
	}

	/**
	 * Starts the application and waits until it reports that it started and its readiness
	 * probe answers 200: start-up work such as making the first admin runs after the
	 * "Started" line.
	 */
	public static ApplicationProcess start(Path workingDirectory, String... arguments) throws Exception {
		return start(workingDirectory, List.of(), arguments);
	}

	/**
	 * {@link #start(Path, String...)} with options for the JVM, such as system
	 * properties.
	 */
	public static ApplicationProcess start(Path workingDirectory, List<String> jvmOptions, String... arguments)
			throws Exception {
		ApplicationProcess application = new ApplicationProcess(workingDirectory, jvmOptions, List.of(arguments));
		try {
			application.started.get(3, TimeUnit.MINUTES);
			await().alias("readiness of " + application.baseUrl())
				.atMost(Duration.ofMinutes(1))
				.until(application::ready);
		}
		catch (Exception ex) {
			application.kill();
			throw new IllegalStateException("Paddock did not start:\n" + application.output, ex);
		}
		return application;
	}

	private boolean ready() throws IOException, InterruptedException {
		return this.client
			.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode() == 200;
	}

	public String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * What the application has written to its standard output and error so far.
	 */
	public String output() {
		return this.output.toString();
	}

	/**
	 * Ends the process with SIGKILL, as {@code kill -9} does: no shutdown hook runs.
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(1, TimeUnit.MINUTES);
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(1, TimeUnit.MINUTES)) {
			kill();
		}
	}

	private void readOutput() {
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				this.output.append(line).append('\n');
				if (line.contains(STARTED)) {
					this.started.complete(null);
				}
			}
		}
		catch (IOException ex) {
			this.started.completeExceptionally(ex);
		}
		this.started.completeExceptionally(new IllegalStateException("the process ended"));
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
