package io.paddock.benchmark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * The data set of the benchmark, written with JDBC batches into a database migrated by
 * the application's own Flyway migrations: 1,000 users each with their default workspace,
 * 100,000 workspaces with 3 to 5 members, models and pipelines in every hundredth one,
 * and three users whose pages are measured: an admin, a member of 5 workspaces and a
 * member of 400.
 */
final class BenchmarkData {

	static final int USERS = 1_000;

	static final int WORKSPACES = 100_000;

	static final String PASSWORD = "benchmark-password";

	static final String API_TOKEN = "pdk_benchmark-token-of-the-member-of-400";

	static final String ADMIN = "admin@bench.example";

	static final String MEMBER_OF_5 = "member-of-5@bench.example";

	static final String MEMBER_OF_400 = "member-of-400@bench.example";

	/** A substring search that matches about a hundred workspaces. */
	static final String SEARCH = "ccfraud-12";

	private static final String[] WORDS = { "aloha", "ccfraud", "demandcurve", "imdb", "churn", "forecast", "vision",
			"speech", "ranking", "pricing" };

	private static final int BATCH = 2_000;

	private static final int FIRST_WORKSPACE = USERS + 1;

	private static final OffsetDateTime START = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

	private final Random random = new Random(42);

	private final List<UUID> userIds = new ArrayList<>();

	private final List<Member> memberships = new ArrayList<>();

	private long nextPipelineId = 1;

	/**
	 * The workspace with the most models and pipelines, current for the member of 400.
	 */
	final long contentWorkspace = workspaceId(7);

	final String contentWorkspaceName = workspaceName(7);

	/**
	 * The rows before the admin's deep page: 4,000 pages of 20.
	 */
	static final int DEEP_PAGE_OFFSET = 80_000;

	/**
	 * The name the admin's deep page starts after: the last one of the page before it, as
	 * that page's Next link says.
	 */
	String deepPageAfter;

	final List<String> memberOf5Workspaces = new ArrayList<>();

	private BenchmarkData() {
	}

	/**
	 * Migrates the database and loads the data set; returns what the measured pages
	 * should show.
	 */
	static BenchmarkData load(String url, String username, String password) {
		String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
		Flyway.configure()
			.dataSource(url, username, password)
			.locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
			.load()
			.migrate();
		BenchmarkData data = new BenchmarkData();
		try (Connection connection = DriverManager.getConnection(url, username, password)) {
			connection.setAutoCommit(false);
			data.insert(connection);
			connection.commit();
			connection.setAutoCommit(true);
			settle(connection, vendor);
			data.deepPageAfter = nameAt(connection, DEEP_PAGE_OFFSET - 1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Loading the benchmark data failed", ex);
		}
		return data;
	}

	static String workspaceName(int index) {
		return WORDS[index % WORDS.length] + "-" + index;
	}

	static String modelName(int index) {
		return "model-" + index;
	}

	static String pipelineName(int index) {
		return "pipeline-" + index;
	}

	private static long workspaceId(int index) {
		return FIRST_WORKSPACE + index;
	}

	private void insert(Connection connection) throws SQLException {
		insertUsers(connection);
		insertWorkspaces(connection);
		insertMemberships(connection);
		insertCatalog(connection);
		insertApiToken(connection);
		try (Statement statement = connection.createStatement()) {
			statement.execute("alter table workspaces alter column id restart with " + workspaceId(WORKSPACES));
			statement.execute("alter table pipelines alter column id restart with " + this.nextPipelineId);
			statement.execute("update users set current_workspace_id = " + this.contentWorkspace
					+ " where email_key = '" + MEMBER_OF_400 + "'");
			connection.commit();
		}
	}

	/**
	 * Brings the freshly loaded tables to the state a database in use keeps them in:
	 * their statistics gathered and, on PostgreSQL, vacuumed. Autovacuum does the latter
	 * there soon after a bulk insert; until then no index-only scan is planned (the
	 * visibility map is empty), and a deep page would read a table row for every name it
	 * skips.
	 */
	private static void settle(Connection connection, String vendor) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(vendor.equals("postgresql") ? "vacuum analyze" : "analyze");
		}
	}

	/**
	 * The name at the given position of the admin's list, in the database's own order.
	 */
	private static String nameAt(Connection connection, int position) throws SQLException {
		try (PreparedStatement name = connection
			.prepareStatement("select name from workspaces order by name_key offset ? rows fetch first 1 rows only")) {
			name.setInt(1, position);
			try (ResultSet row = name.executeQuery()) {
				row.next();
				return row.getString(1);
			}
		}
	}

	private void insertUsers(Connection connection) throws SQLException {
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		try (PreparedStatement users = connection.prepareStatement("""
				insert into users (id, email, email_key, display_name, user_type, password_hash, enabled,
				    current_workspace_id, created_at) values (?, ?, ?, ?, ?, ?, true, null, ?)""");
				PreparedStatement defaults = connection.prepareStatement("""
						insert into workspaces (id, name, name_key, archived, created_by, created_at, default_for)
						values (?, ?, ?, false, ?, ?, ?)""")) {
			for (int i = 0; i < USERS; i++) {
				String email = switch (i) {
					case 0 -> ADMIN;
					case 1 -> MEMBER_OF_5;
					case 2 -> MEMBER_OF_400;
					default -> String.format("user-%04d@bench.example", i);
				};
				UUID id = new UUID(this.random.nextLong(), this.random.nextLong());
				this.userIds.add(id);
				users.setObject(1, id);
				users.setString(2, email);
				users.setString(3, email.toLowerCase(Locale.ROOT));
				users.setString(4, "User " + i);
				users.setString(5, (i == 0) ? "ADMIN" : "USER");
				users.setString(6, hash);
				users.setObject(7, START);
				users.addBatch();
				String name = email + " - Default Workspace";
				defaults.setLong(1, i + 1);
				defaults.setString(2, name);
				defaults.setString(3, name.toLowerCase(Locale.ROOT));
				defaults.setObject(4, id);
				defaults.setObject(5, START);
				defaults.setObject(6, id);
				defaults.addBatch();
				this.memberships.add(new Member(i + 1, name.toLowerCase(Locale.ROOT), id, "OWNER"));
			}
			users.executeBatch();
			defaults.executeBatch();
			try (Statement statement = connection.createStatement()) {
				statement.execute("update users set current_workspace_id = "
						+ "(select w.id from workspaces w where w.default_for = users.id)");
			}
		}
	}

	private void insertWorkspaces(Connection connection) throws SQLException {
		List<UUID> pool = this.userIds.subList(3, USERS);
		try (PreparedStatement workspaces = connection.prepareStatement("""
				insert into workspaces (id, name, name_key, archived, created_by, created_at, default_for)
				values (?, ?, ?, ?, ?, ?, null)""")) {
			for (int i = 0; i < WORKSPACES; i++) {
				Set<UUID> members = new LinkedHashSet<>();
				while (members.size() < 3 + i % 3) {
					members.add(pool.get(this.random.nextInt(pool.size())));
				}
				int position = 0;
				for (UUID member : members) {
					boolean owner = position == 0 || (position == 1 && i % 4 == 0);
					this.memberships.add(new Member(workspaceId(i), workspaceName(i).toLowerCase(Locale.ROOT), member,
							owner ? "OWNER" : "COLLABORATOR"));
					position++;
				}
				String name = workspaceName(i);
				workspaces.setLong(1, workspaceId(i));
				workspaces.setString(2, name);
				workspaces.setString(3, name.toLowerCase(Locale.ROOT));
				workspaces.setBoolean(4, i % 50 == 49);
				workspaces.setObject(5, members.iterator().next());
				workspaces.setObject(6, START.plusMinutes(i));
				workspaces.addBatch();
				if (i % BATCH == BATCH - 1) {
					flush(workspaces);
				}
			}
			flush(workspaces);
		}
		for (int k = 0; k < 4; k++) {
			int index = 11 + k * 24_997;
			this.memberships.add(new Member(workspaceId(index), workspaceName(index).toLowerCase(Locale.ROOT),
					this.userIds.get(1), "COLLABORATOR"));
			this.memberOf5Workspaces.add(workspaceName(index));
		}
		for (int k = 0; k < 399; k++) {
			int index = 7 + k * 250;
			this.memberships.add(new Member(workspaceId(index), workspaceName(index).toLowerCase(Locale.ROOT),
					this.userIds.get(2), (k % 3 == 0) ? "OWNER" : "COLLABORATOR"));
		}
	}

	private void insertMemberships(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				insert into memberships (workspace_id, user_id, role, since, workspace_name_key)
				values (?, ?, ?, ?, ?)""")) {
			int count = 0;
			for (Member member : this.memberships) {
				statement.setLong(1, member.workspaceId());
				statement.setObject(2, member.userId());
				statement.setString(3, member.role());
				statement.setObject(4, START);
				statement.setString(5, member.workspaceNameKey());
				statement.addBatch();
				if (++count % BATCH == 0) {
					flush(statement);
				}
			}
			flush(statement);
		}
	}

	/**
	 * Every hundredth workspace holds 3 models of 2 versions and 2 pipelines; the
	 * workspace of the member of 400 holds 12 models of 3 versions and 6 pipelines.
	 */
	private void insertCatalog(Connection connection) throws SQLException {
		try (PreparedStatement versions = connection.prepareStatement("""
				insert into model_versions (id, workspace_id, name, name_key, file_name, size_bytes, sha256,
				    uploaded_by, created_at, latest_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement pipelines = connection.prepareStatement("""
						insert into pipelines (id, workspace_id, name, name_key, created_by, created_at, definition)
						values (?, ?, ?, ?, ?, ?, ?)""");
				PreparedStatement steps = connection.prepareStatement("""
						insert into pipeline_steps (pipeline_id, position, model_name, model_version)
						values (?, ?, ?, null)""")) {
			for (int i = 7; i < WORKSPACES; i += 100) {
				boolean rich = workspaceId(i) == this.contentWorkspace;
				int models = rich ? 12 : 3;
				UUID uploader = this.userIds.get(rich ? 2 : 3 + i % (USERS - 3));
				for (int m = 0; m < models; m++) {
					int count = rich ? 3 : 2;
					for (int v = 0; v < count; v++) {
						versions.setObject(1, new UUID(this.random.nextLong(), this.random.nextLong()));
						versions.setLong(2, workspaceId(i));
						versions.setString(3, modelName(m));
						versions.setString(4, modelName(m));
						versions.setString(5, modelName(m) + ".onnx");
						versions.setLong(6, 1_000_000L + this.random.nextInt(100_000_000));
						versions.setString(7, sha256(i + "/" + m + "/" + v));
						versions.setObject(8, uploader);
						versions.setObject(9, START.plusDays(v));
						versions.setString(10, (v == count - 1) ? modelName(m) : null);
						versions.addBatch();
					}
				}
				for (int p = 0; p < (rich ? 6 : 2); p++) {
					long id = this.nextPipelineId++;
					StringBuilder definition = new StringBuilder("[");
					for (int s = 0; s < 3; s++) {
						String model = modelName((p + s) % models);
						definition.append((s > 0) ? "," : "")
							.append("{\"model\":\"")
							.append(model)
							.append("\",\"version\":\"latest\"}");
						steps.setLong(1, id);
						steps.setInt(2, s);
						steps.setString(3, model);
						steps.addBatch();
					}
					pipelines.setLong(1, id);
					pipelines.setLong(2, workspaceId(i));
					pipelines.setString(3, pipelineName(p));
					pipelines.setString(4, pipelineName(p));
					pipelines.setObject(5, uploader);
					pipelines.setObject(6, START);
					pipelines.setString(7, definition.append("]").toString());
					pipelines.addBatch();
				}
			}
			versions.executeBatch();
			pipelines.executeBatch();
			steps.executeBatch();
		}
	}

	/**
	 * Sends a batch and commits it: H2 slows down on one transaction of half a million
	 * rows.
	 */
	private static void flush(PreparedStatement batch) throws SQLException {
		batch.executeBatch();
		batch.getConnection().commit();
	}

	private void insertApiToken(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("""
				insert into api_tokens (id, user_id, name, token_hash, created_at)
				values (?, ?, 'benchmark', ?, ?)""")) {
			statement.setObject(1, new UUID(this.random.nextLong(), this.random.nextLong()));
			statement.setObject(2, this.userIds.get(2));
			statement.setString(3, sha256(API_TOKEN));
			statement.setObject(4, START);
			statement.executeUpdate();
		}
	}

	/** As ApiTokenService stores a token: the hex SHA-256 of its value. */
	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Member(long workspaceId, String workspaceNameKey, UUID userId, String role) {

	}

}
