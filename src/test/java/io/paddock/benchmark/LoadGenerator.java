package io.paddock.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the application over HTTP with a fixed number of workers, each on its own
 * connection, sending the next request as soon as the previous one is answered. Every
 * worker signs in as each user through the login form (with its CSRF token) and keeps one
 * cookie jar per user.
 */
final class LoadGenerator implements AutoCloseable {

	static final String ANONYMOUS = "anonymous";

	static final String API = "api";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private final URI baseUri;

	private final List<Map<String, HttpClient>> workers = new ArrayList<>();

	private final ExecutorService executor;

	LoadGenerator(URI baseUri, int workers, List<String> users, String password) {
		this.baseUri = baseUri;
		this.executor = Executors.newFixedThreadPool(workers);
		for (int i = 0; i < workers; i++) {
			Map<String, HttpClient> clients = new HashMap<>();
			clients.put(ANONYMOUS, client(true));
			clients.put(API, client(false));
			for (String user : users) {
				clients.put(user, signIn(user, password));
			}
			this.workers.add(clients);
		}
	}

	/**
	 * Sends requests to {@code endpoint} from every worker for {@code duration}.
	 */
	Result measure(Endpoint endpoint, Duration duration) {
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		List<Future<WorkerResult>> futures = new ArrayList<>();
		for (Map<String, HttpClient> clients : this.workers) {
			HttpClient client = clients.get(endpoint.caller());
			futures.add(this.executor.submit(() -> run(client, endpoint, deadline)));
		}
		List<WorkerResult> results = new ArrayList<>();
		for (Future<WorkerResult> future : futures) {
			try {
				results.add(future.get());
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException(ex.getCause());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return Result.of(endpoint, results, System.nanoTime() - start);
	}

	private WorkerResult run(HttpClient client, Endpoint endpoint, long deadline) {
		HttpRequest request = endpoint.request(this.baseUri);
		WorkerResult result = new WorkerResult();
		while (System.nanoTime() < deadline) {
			long sent = System.nanoTime();
			try {
				HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
				result.answered(System.nanoTime() - sent,
						response.headers().firstValueAsLong(BenchmarkServer.STATEMENTS_HEADER).orElse(-1));
				String failure = endpoint.failure(response);
				if (failure != null) {
					result.failed(failure);
				}
			}
			catch (IOException ex) {
				result.answered(System.nanoTime() - sent, -1);
				result.failed(endpoint.path() + ": " + ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return result;
	}

	private HttpClient signIn(String email, String password) {
		HttpClient client = client(true);
		try {
			String page = client
				.send(HttpRequest.newBuilder(this.baseUri.resolve("/login")).build(),
						HttpResponse.BodyHandlers.ofString())
				.body();
			Matcher csrf = CSRF.matcher(page);
			if (!csrf.find()) {
				throw new IllegalStateException("The login page has no CSRF token");
			}
			String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf="
					+ encode(csrf.group(1));
			HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(this.baseUri.resolve("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			String location = answer.headers().firstValue("Location").orElse("");
			if (answer.statusCode() != 302 || location.contains("/login")) {
				throw new IllegalStateException(
						"Signing in as " + email + " failed: " + answer.statusCode() + " " + location);
			}
			return client;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Signing in as " + email + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static HttpClient client(boolean cookies) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(TIMEOUT);
		if (cookies) {
			builder.cookieHandler(new CookieManager());
		}
		return builder.build();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

	/**
	 * One measured page or operation.
	 *
	 * @param name its name in the table
	 * @param path path and query
	 * @param caller {@link #ANONYMOUS}, {@link #API} or the email of a signed-in user
	 * @param headers extra request headers
	 * @param expected texts the right answer contains
	 * @param dashboard whether the statement limit of dashboard requests applies
	 */
	record Endpoint(String name, String path, String caller, Map<String, String> headers, List<String> expected,
			boolean dashboard) {

		static Endpoint page(String name, String path, String user, String... expected) {
			return new Endpoint(name, path, user, Map.of(), List.of(expected), true);
		}

		HttpRequest request(URI baseUri) {
			HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(this.path)).timeout(TIMEOUT);
			this.headers.forEach(builder::header);
			return builder.build();
		}

		/**
		 * Why the answer is not the expected page, or {@code null} when it is.
		 */
		String failure(HttpResponse<String> response) {
			if (response.statusCode() != 200) {
				return this.path + " answered " + response.statusCode() + " "
						+ response.headers().firstValue("Location").orElse("");
			}
			for (String text : this.expected) {
				if (!response.body().contains(text)) {
					return this.path + " did not contain " + text;
				}
			}
			if (!ANONYMOUS.equals(this.caller) && response.body().contains("name=\"password\"")) {
				return this.path + " answered the login page";
			}
			return null;
		}

	}

	/**
	 * The figures of one endpoint.
	 */
	record Result(Endpoint endpoint, long requests, double perSecond, double p50Millis, double p99Millis,
			long maxStatements, long failures, String firstFailure, double serverCpuMillis) {

		/**
		 * These figures with the application's processor time per request, measured
		 * around them.
		 */
		Result withServerCpu(Duration used) {
			return new Result(this.endpoint, this.requests, this.perSecond, this.p50Millis, this.p99Millis,
					this.maxStatements, this.failures, this.firstFailure,
					(this.requests > 0) ? used.toNanos() / 1e6 / this.requests : Double.NaN);
		}

		static Result of(Endpoint endpoint, List<WorkerResult> workers, long elapsedNanos) {
			long[] latencies = workers.stream()
				.flatMapToLong((worker) -> Arrays.stream(worker.latencies()))
				.sorted()
				.toArray();
			long failures = workers.stream().mapToLong((worker) -> worker.failures).sum();
			String firstFailure = workers.stream()
				.map((worker) -> worker.firstFailure)
				.filter((failure) -> failure != null)
				.findFirst()
				.orElse(null);
			long statements = workers.stream().mapToLong((worker) -> worker.maxStatements).max().orElse(-1);
			return new Result(endpoint, latencies.length, latencies.length / (elapsedNanos / 1e9),
					percentile(latencies, 0.50), percentile(latencies, 0.99), statements, failures, firstFailure,
					Double.NaN);
		}

		private static double percentile(long[] sorted, double fraction) {
			if (sorted.length == 0) {
				return Double.NaN;
			}
			int index = (int) Math.ceil(fraction * sorted.length) - 1;
			return sorted[Math.max(index, 0)] / 1e6;
		}

	}

	/**
	 * What one worker saw during a measurement.
	 */
	private static final class WorkerResult {

		private long[] latencies = new long[1024];

		private int count;

		private long maxStatements = -1;

		private long failures;

		private String firstFailure;

		void answered(long nanos, long statements) {
			if (this.count == this.latencies.length) {
				this.latencies = Arrays.copyOf(this.latencies, this.count * 2);
			}
			this.latencies[this.count++] = nanos;
			this.maxStatements = Math.max(this.maxStatements, statements);
		}

		void failed(String failure) {
			this.failures++;
			if (this.firstFailure == null) {
				this.firstFailure = failure;
			}
		}

		long[] latencies() {
			return Arrays.copyOf(this.latencies, this.count);
		}

	}

}
