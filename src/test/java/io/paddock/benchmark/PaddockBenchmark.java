package io.paddock.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.paddock.benchmark.LoadGenerator.Endpoint;
import io.paddock.benchmark.LoadGenerator.Result;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.util.FileSystemUtils;

/**
 * Throughput, latency and SQL statements per request of the dashboard pages and the API
 * at 100,000 workspaces, on H2 and on PostgreSQL, each endpoint measured right after the
 * {@code /login} page so that the ratio between them holds on any machine. The first
 * database is measured a second time with the application inside a limited heap.
 * <p>
 * Run with {@code ./mvnw -Pbenchmark verify}; {@code -Dbenchmark.seconds=3} for a quick
 * run, {@code -Dbenchmark.jvm-options="..."} and {@code -Dbenchmark.app-arguments="..."}
 * to try a setting on the application. It prints the figures and asserts only what must
 * hold on any machine: no request failed and no dashboard request ran more than
 * {@value #DASHBOARD_STATEMENTS} SQL statements.
 */
class PaddockBenchmark {

	static final int DASHBOARD_STATEMENTS = 6;

	private static final int WORKERS = 16;

	/**
	 * Rounds over every endpoint before the measurement, so that the figures are those of
	 * compiled code: on 2 cores the just-in-time compiler takes minutes over the pages (a
	 * page answered 58 requests a second in its first 15 s and 1,100 after 4 minutes).
	 */
	private static final int WARM_UP_ROUNDS = 2;

	private static final Path DIRECTORY = Path.of("target", "benchmark");

	private final Duration measured = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));

	private final Duration warmUp = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 10));

	private final List<String> databases = List
		.of(System.getProperty("benchmark.databases", "h2,postgresql").split(","));

	private final String limitedHeap = System.getProperty("benchmark.limited-heap", "256m");

	private final List<String> extraJvmOptions = words(System.getProperty("benchmark.jvm-options", ""));

	private final List<String> extraArguments = words(System.getProperty("benchmark.app-arguments", ""));

	private final Endpoint login = new Endpoint("`/login`", "/login", LoadGenerator.ANONYMOUS, Map.of(),
			List.of("name=\"_csrf\""), false);

	@Test
	void pagesAt100000Workspaces() throws Exception {
		System.out.printf("%nPaddock benchmark: %,d workspaces, %,d users, %d connections, %d s per endpoint%n",
				BenchmarkData.WORKSPACES, BenchmarkData.USERS, WORKERS, this.measured.toSeconds());
		List<Run> runs = new ArrayList<>();
		for (String name : this.databases) {
			try (Database database = Database.named(name.strip())) {
				long start = System.nanoTime();
				BenchmarkData data = BenchmarkData.load(database.loadUrl(), database.username(), database.password());
				System.out.printf("%nLoaded the data set into %s in %.1f s%n", database.title(),
						(System.nanoTime() - start) / 1e9);
				Run unlimited = run(database, data, null, null);
				runs.add(unlimited);
				if (runs.size() == 1 && !this.limitedHeap.isBlank()) {
					runs.add(run(database, data, this.limitedHeap, unlimited));
				}
			}
		}
		SoftAssertions softly = new SoftAssertions();
		for (Run run : runs) {
			for (Row row : run.rows()) {
				for (Result result : List.of(row.login(), row.result())) {
					softly.assertThat(result.failures())
						.as("failed requests to %s in %s: %s", result.endpoint().path(), run.title(),
								result.firstFailure())
						.isZero();
				}
				if (row.result().endpoint().dashboard()) {
					softly.assertThat(row.result().maxStatements())
						.as("SQL statements per request of %s in %s", row.result().endpoint().name(), run.title())
						.isBetween(0L, (long) DASHBOARD_STATEMENTS);
				}
			}
		}
		softly.assertAll();
	}

	private Run run(Database database, BenchmarkData data, String heap, Run unlimited) {
		String title = database.title() + ((heap != null) ? ", -Xmx" + heap : ", no heap limit");
		System.out.printf("%nMeasuring %s%n", title);
		List<String> jvmOptions = new ArrayList<>(this.extraJvmOptions);
		if (heap != null) {
			jvmOptions.add("-Xmx" + heap);
		}
		List<String> arguments = new ArrayList<>(database.arguments());
		arguments.addAll(this.extraArguments);
		Path log = DIRECTORY.resolve(database.name() + ((heap != null) ? "-xmx" + heap : "") + ".log");
		List<Endpoint> endpoints = endpoints(data);
		try (AppProcess app = AppProcess.start(database.directory(), jvmOptions, database.environment(), arguments,
				log);
				LoadGenerator load = new LoadGenerator(app.baseUri(), WORKERS,
						List.of(BenchmarkData.ADMIN, BenchmarkData.MEMBER_OF_5, BenchmarkData.MEMBER_OF_400),
						BenchmarkData.PASSWORD)) {
			for (int round = 0; round < WARM_UP_ROUNDS; round++) {
				load.measure(this.login, this.warmUp);
				for (Endpoint endpoint : endpoints) {
					load.measure(endpoint, this.warmUp);
				}
			}
			List<Row> rows = new ArrayList<>();
			for (Endpoint endpoint : endpoints) {
				Row row = new Row(measure(app, load, this.login), measure(app, load, endpoint));
				System.out.printf("  %s: %,.0f req/s, %.2f of /login%n", endpoint.name(), row.result().perSecond(),
						row.ratio());
				rows.add(row);
			}
			Run run = new Run(title, rows, app.residentMegabytes());
			System.out.println(run.table(unlimited));
			return run;
		}
	}

	private Result measure(AppProcess app, LoadGenerator load, Endpoint endpoint) {
		Duration before = app.cpuTime();
		Result result = load.measure(endpoint, this.measured);
		return result.withServerCpu(app.cpuTime().minus(before));
	}

	private static List<String> words(String value) {
		return value.isBlank() ? List.of() : List.of(value.strip().split("\\s+"));
	}

	private static List<Endpoint> endpoints(BenchmarkData data) {
		String row = "id=\"workspace-";
		String content = "/workspaces/" + data.contentWorkspace;
		List<String> memberOf5 = new ArrayList<>(data.memberOf5Workspaces);
		memberOf5.add(row);
		return List.of(
				Endpoint.page("View Workspaces, admin, page 1", "/workspaces", BenchmarkData.ADMIN, row,
						BenchmarkData.ADMIN + " - Default Workspace"),
				Endpoint.page("View Workspaces, admin, page 4,001 (Next)",
						"/workspaces?page=" + BenchmarkData.DEEP_PAGE_OFFSET / 20 + "&after="
								+ URLEncoder.encode(data.deepPageAfter, StandardCharsets.UTF_8),
						BenchmarkData.ADMIN, row),
				Endpoint.page("View Workspaces, admin, search", "/workspaces?q=" + BenchmarkData.SEARCH,
						BenchmarkData.ADMIN, BenchmarkData.SEARCH + "001"),
				Endpoint.page("View Workspaces, member of 5", "/workspaces", BenchmarkData.MEMBER_OF_5,
						memberOf5.toArray(String[]::new)),
				Endpoint.page("View Workspaces, member of 400", "/workspaces", BenchmarkData.MEMBER_OF_400, row),
				Endpoint.page("`/` (current workspace)", "/", BenchmarkData.MEMBER_OF_400, data.contentWorkspaceName,
						BenchmarkData.modelName(11), BenchmarkData.pipelineName(5)),
				new Endpoint("switcher fragment", "/workspaces/switcher", BenchmarkData.MEMBER_OF_400,
						Map.of("HX-Request", "true"), List.of("id=\"switcher-items\"", "switcher-item"), true),
				Endpoint.page("Models page", content + "/models", BenchmarkData.MEMBER_OF_400,
						BenchmarkData.modelName(11)),
				Endpoint.page("Pipelines page", content + "/pipelines", BenchmarkData.MEMBER_OF_400,
						BenchmarkData.pipelineName(5)),
				new Endpoint("`GET /api/v1/workspaces`", "/api/v1/workspaces", LoadGenerator.API,
						Map.of("Authorization", "Bearer " + BenchmarkData.API_TOKEN, "Accept", "application/json"),
						List.of("\"speech-"), false));
	}

	/**
	 * An endpoint and the {@code /login} page measured right before it.
	 */
	record Row(Result login, Result result) {

		double ratio() {
			return this.result.perSecond() / this.login.perSecond();
		}

		/**
		 * The application's processor time per request of the endpoint against that of
		 * {@code /login}: the load generator's own work, which grows with the size of an
		 * answer, is left out.
		 */
		double serverCpuRatio() {
			return this.result.serverCpuMillis() / this.login.serverCpuMillis();
		}

	}

	/**
	 * The figures of one application run, and its memory after the load.
	 */
	record Run(String title, List<Row> rows, long residentMegabytes) {

		String table(Run unlimited) {
			StringBuilder table = new StringBuilder();
			table.append(String.format("%n%s: RSS after load %,d MB%n%n", this.title, this.residentMegabytes));
			table.append("| endpoint | req/s | p50 | p99 | ratio to `/login` | server CPU per request "
					+ "| CPU against `/login` | statements |");
			table.append((unlimited != null) ? " vs no heap limit |\n" : "\n");
			table.append("|---|---:|---:|---:|---:|---:|---:|---:|");
			table.append((unlimited != null) ? "---:|\n" : "\n");
			line(table, medianLogin(), 1.0, 1.0, (unlimited != null) ? unlimited.medianLogin() : null);
			for (int i = 0; i < this.rows.size(); i++) {
				Row row = this.rows.get(i);
				line(table, row.result(), row.ratio(), row.serverCpuRatio(),
						(unlimited != null) ? unlimited.rows().get(i).result() : null);
			}
			for (Row row : this.rows) {
				for (Result result : List.of(row.login(), row.result())) {
					if (result.failures() > 0) {
						table.append(String.format("%n%s: %d requests failed, e.g. %s", result.endpoint().name(),
								result.failures(), result.firstFailure()));
					}
				}
			}
			if (unlimited != null) {
				table.append(String.format("%nThroughput inside -Xmx: %+.1f %% against no heap limit "
						+ "(geometric mean over the endpoints)%n", (throughputChange(unlimited) - 1) * 100));
			}
			return table.toString();
		}

		Result medianLogin() {
			return this.rows.stream()
				.map(Row::login)
				.sorted(Comparator.comparingDouble(Result::perSecond))
				.toList()
				.get(this.rows.size() / 2);
		}

		private double throughputChange(Run unlimited) {
			double logSum = 0;
			for (int i = 0; i < this.rows.size(); i++) {
				logSum += Math
					.log(this.rows.get(i).result().perSecond() / unlimited.rows().get(i).result().perSecond());
			}
			return Math.exp(logSum / this.rows.size());
		}

		private static void line(StringBuilder table, Result result, double ratio, double cpuRatio, Result unlimited) {
			table.append(String.format("| %s | %s | %.1f ms | %.1f ms | %.2f | %.2f ms | %.1f | %s |",
					result.endpoint().name(),
					String.format((result.perSecond() < 10) ? "%.1f" : "%,.0f", result.perSecond()), result.p50Millis(),
					result.p99Millis(), ratio, result.serverCpuMillis(), cpuRatio,
					(result.maxStatements() < 0) ? "-" : Long.toString(result.maxStatements())));
			if (unlimited != null) {
				table.append(String.format(" %+.0f %% |", (result.perSecond() / unlimited.perSecond() - 1) * 100));
			}
			table.append('\n');
		}

	}

	/**
	 * Where the application keeps its data during the benchmark: the default H2 file
	 * database, or an embedded PostgreSQL 17 through the {@code postgres} profile.
	 */
	record Database(String name, String title, String url, String username, String password, Path directory,
			Map<String, String> environment, List<String> arguments, AutoCloseable server) implements AutoCloseable {

		static Database named(String name) throws IOException {
			Path directory = DIRECTORY.resolve(name).toAbsolutePath();
			FileSystemUtils.deleteRecursively(directory);
			Files.createDirectories(directory);
			if (name.equals("h2")) {
				Properties defaults = applicationProperties();
				String url = defaults.getProperty("spring.datasource.url")
					.replace("file:./", "file:" + directory + "/");
				return new Database(name, "H2", url, defaults.getProperty("spring.datasource.username"),
						defaults.getProperty("spring.datasource.password"), directory, Map.of(), List.of(), () -> {
						});
			}
			if (name.equals("postgresql")) {
				EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
				String url = postgres.getJdbcUrl("postgres", "postgres");
				return new Database(name, "PostgreSQL 17", url, "postgres", "", directory,
						Map.of("PADDOCK_DATABASE_URL", url, "PADDOCK_DATABASE_USERNAME", "postgres",
								"PADDOCK_DATABASE_PASSWORD", ""),
						List.of("--spring.profiles.active=postgres"), postgres);
			}
			throw new IllegalArgumentException(
					"benchmark.databases names " + name + "; known are " + Arrays.asList("h2", "postgresql"));
		}

		/**
		 * The URL for loading the data set, with batched inserts rewritten into multi-row
		 * ones on PostgreSQL.
		 */
		String loadUrl() {
			return this.url.startsWith("jdbc:postgresql:") ? this.url + "&reWriteBatchedInserts=true" : this.url;
		}

		private static Properties applicationProperties() {
			Properties properties = new Properties();
			try (InputStream in = PaddockBenchmark.class.getResourceAsStream("/application.properties")) {
				properties.load(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return properties;
		}

		@Override
		public void close() throws Exception {
			this.server.close();
		}

	}

}
