package io.paddock.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Paddock in a JVM of its own, started with the test classpath, so that heap limits apply
 * to the application alone and its memory can be read from the operating system.
 */
final class AppProcess implements AutoCloseable {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final Process process;

	private final URI baseUri;

	private AppProcess(Process process, URI baseUri) {
		this.process = process;
		this.baseUri = baseUri;
	}

	/**
	 * Starts the application in {@code directory} (its relative data paths resolve there)
	 * and waits until {@code /login} answers.
	 * @param jvmOptions options such as {@code -Xmx256m}
	 * @param environment extra environment variables
	 * @param arguments extra application arguments
	 */
	static AppProcess start(Path directory, List<String> jvmOptions, Map<String, String> environment,
			List<String> arguments, Path log) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BenchmarkServer.class.getName());
		command.add("--server.port=" + port);
		command.add(BenchmarkServer.STATEMENT_INSPECTOR);
		command.add("--logging.level.root=WARN");
		command.addAll(arguments);
		try {
			Files.createDirectories(directory);
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile());
			builder.environment().putAll(environment);
			AppProcess app = new AppProcess(builder.start(), URI.create("http://localhost:" + port));
			app.awaitLoginPage(log);
			return app;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	URI baseUri() {
		return this.baseUri;
	}

	/**
	 * The processor time the application's JVM has used so far, all threads together (in
	 * steps of 10 ms on Linux).
	 */
	Duration cpuTime() {
		return this.process.info()
			.totalCpuDuration()
			.orElseThrow(() -> new IllegalStateException("No processor time for process " + this.process.pid()));
	}

	/**
	 * The resident set size of the application's JVM, from {@code /proc/<pid>/status}.
	 */
	long residentMegabytes() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(this.process.pid()), "status"))) {
				if (line.startsWith("VmRSS:")) {
					return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
				}
			}
			throw new IllegalStateException("No VmRSS in /proc/" + this.process.pid() + "/status");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void awaitLoginPage(Path log) {
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(this.baseUri.resolve("/login")).build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The application stopped while starting; see " + log);
			}
			try {
				if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				this.process.waitFor(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		close();
		throw new IllegalStateException(
				"The application did not answer /login within " + START_TIMEOUT + "; see " + log);
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
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
