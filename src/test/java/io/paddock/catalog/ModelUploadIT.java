package io.paddock.catalog;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import io.paddock.account.User;
import io.paddock.support.IntegrationTest;
import io.paddock.support.Race;
import io.paddock.support.RawHttp;
import io.paddock.support.RawHttp.Answer;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceContents;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uploads and downloads over HTTP, as a browser without JavaScript posts them.
 */
class ModelUploadIT extends IntegrationTest {

	private static final Path STORAGE = Path.of("target/test-storage");

	@TempDir
	Path files;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ModelService models;

	@Autowired
	PipelineService pipelines;

	@Autowired
	WorkspaceContents contents;

	private User steve;

	private Workspace workspace;

	private SignedInClient client;

	@BeforeEach
	void workspaceOfSteve() {
		this.steve = this.users.user("Steve");
		this.workspace = this.workspaces.create(this.steve.toActor(), TestUsers.uniqueName("imdb"));
		this.client = SignedInClient.signIn(baseUrl(), this.steve.getEmail(), TestUsers.PASSWORD);
		this.client.get(modelsPath());
	}

	@Test
	void uploadWhenMultiMegabyteFileThenStreamedAndDownloadMatchesChecksum() throws Exception {
		Path file = randomFile("embedder.onnx", 12 * 1024 * 1024 + 17);
		String expected = sha256(file);

		long started = System.nanoTime();
		HttpResponse<String> response = this.client.upload(modelsPath(), "embedder-o", "embedder.onnx", file);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(response.statusCode()).isEqualTo(302);
		HttpResponse<String> page = this.client.follow(response);
		assertThat(page.body()).contains("Uploaded embedder.onnx as model embedder-o").contains(expected);
		List<ModelVersionDetails> versions = this.models.history(this.steve.toActor(), this.workspace.getId(),
				"embedder-o");
		assertThat(versions).singleElement().satisfies((v) -> {
			assertThat(v.size()).isEqualTo(Files.size(file));
			assertThat(v.sha256()).isEqualTo(expected);
			assertThat(v.fileName()).isEqualTo("embedder.onnx");
		});
		assertThat(leftovers()).isEmpty();

		HttpResponse<InputStream> download = this.client.download(downloadPath("embedder-o", versions.get(0)));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying((value) -> assertThat(value).contains("attachment").contains("embedder.onnx"));
		assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(Files.size(file));
		assertThat(sha256(download.body())).isEqualTo(expected);
		System.out.printf("Uploaded %d bytes in %d ms%n", Files.size(file), millis);
	}

	@Test
	void uploadSameNameAgainThenNewVersionAndHistoryKeepsBoth() throws Exception {
		Path first = randomFile("smodel-v1.py", 4096);
		Path second = randomFile("smodel-v2.py", 8192);

		this.client.upload(modelsPath(), "smodel-o", "smodel-v1.py", first);
		this.client.upload(modelsPath(), "smodel-o", "smodel-v2.py", second);

		List<ModelVersionDetails> history = this.models.history(this.steve.toActor(), this.workspace.getId(),
				"smodel-o");
		assertThat(history).extracting(ModelVersionDetails::fileName).containsExactly("smodel-v2.py", "smodel-v1.py");
		assertThat(history.get(0).version()).isNotEqualTo(history.get(1).version());
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).singleElement()
			.satisfies((m) -> assertThat(m.version()).isEqualTo(history.get(0).version()));
		assertThat(this.contents.countsFor(List.of(this.workspace.getId())).get(this.workspace.getId()).models())
			.isEqualTo(1);
		HttpResponse<String> page = this.client.get(modelsPath() + "/smodel-o");
		assertThat(page.body()).contains(history.get(0).version().toString(), history.get(1).version().toString());
		assertThat(sha256(this.client.download(downloadPath("smodel-o", history.get(1))).body()))
			.isEqualTo(sha256(first));
	}

	@Test
	void uploadSameNameTwiceAtOnceThenBothKeptAndTheNewestIsTheLatest() throws Exception {
		List<Boolean> saved = Race.run(() -> upload("smodel-o", "smodel-a.py"),
				() -> upload("smodel-o", "smodel-b.py"));

		assertThat(saved).containsExactly(true, true);
		List<ModelVersionDetails> history = this.models.history(this.steve.toActor(), this.workspace.getId(),
				"smodel-o");
		assertThat(history).extracting(ModelVersionDetails::fileName)
			.containsExactlyInAnyOrder("smodel-a.py", "smodel-b.py");
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).singleElement()
			.satisfies((m) -> assertThat(m.version()).isEqualTo(history.get(0).version()));
	}

	@Test
	void uploadWhenFileEmptyThenMessage() throws Exception {
		Path empty = Files.createFile(this.files.resolve("empty.onnx"));

		HttpResponse<String> response = this.client.upload(modelsPath(), "empty-o", "empty.onnx", empty);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("empty.onnx is empty");
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).isEmpty();
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void uploadWhenNoFileChosenThenMessage() throws Exception {
		Path empty = Files.createFile(this.files.resolve("nothing"));

		HttpResponse<String> response = this.client.upload(modelsPath(), "empty-o", "", empty);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Choose a file to upload.");
	}

	@Test
	void uploadWhenFieldsSentTwiceAsFilesThenMessagesAndNothingStored() {
		String body = filePart("name", "", "model-a") + filePart("name", "", "model-b")
				+ filePart("file", "a.onnx", "a") + filePart("file", "b.onnx", "b") + "--b0undary--\r\n";

		Answer answer = new RawHttp(this.port).send("POST", modelsPath(),
				this.client.cookieHeader() + "\r\nX-CSRF-TOKEN: " + this.client.csrfToken(),
				"multipart/form-data; boundary=b0undary", body);

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("Choose a file to upload.").contains("model-a,model-b");
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).isEmpty();
	}

	@Test
	void uploadWhenFileTooLargeThenMessageAndNothingLeftBehind() throws Exception {
		Path huge = randomFile("huge.onnx", 17 * 1024 * 1024);

		HttpResponse<String> response = this.client.upload(modelsPath(), "huge-o", "huge.onnx", huge);

		assertThat(response.statusCode()).isEqualTo(302);
		HttpResponse<String> page = this.client.follow(response);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("larger than the limit of 16 MB");
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).isEmpty();
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void uploadWhenNameBreaksRulesThenMessageNamingTheRule() throws Exception {
		Path file = randomFile("model.onnx", 1024);

		HttpResponse<String> response = this.client.upload(modelsPath(), "my_model", "model.onnx", file);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Model name must be DNS-compatible (ASCII alpha-numeric plus dash (-))")
			.contains("underscore");
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void uploadWhenNotMemberThenNotFoundAndNothingStored() throws Exception {
		User mallory = this.users.user("Mallory");
		SignedInClient outsider = SignedInClient.signIn(baseUrl(), mallory.getEmail(), TestUsers.PASSWORD);
		outsider.get("/");

		HttpResponse<String> response = outsider.upload(modelsPath(), "sneaky", "sneaky.onnx",
				randomFile("sneaky.onnx", 1024));

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).isEmpty();
		assertThat(leftovers()).isEmpty();
	}

	@Test
	void uploadWhenSignedOutThenSentToLoginBeforeTheBodyIsRead() throws Exception {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			String boundary = "----paddock-signed-out";
			out.write(("POST " + modelsPath() + " HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
					+ "Content-Length: 10485760\r\n\r\n--" + boundary + "\r\n"
					+ "Content-Disposition: form-data; name=\"file\"; filename=\"big.onnx\"\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(new byte[64 * 1024]);
			out.flush();

			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
			assertThat(in.readLine()).as("answer before the remaining 10 MB were sent").startsWith("HTTP/1.1 302");
			assertThat(in.lines().takeWhile((line) -> !line.isEmpty()))
				.anySatisfy((header) -> assertThat(header).matches("(?i)location: .*/login"));
		}
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).isEmpty();
	}

	@Test
	void pagesAndDownloadWhenNotMemberThenNotFound() throws Exception {
		this.client.upload(modelsPath(), "embedder-o", "embedder.onnx", randomFile("embedder.onnx", 2048));
		ModelVersionDetails version = this.models.history(this.steve.toActor(), this.workspace.getId(), "embedder-o")
			.get(0);
		User mallory = this.users.user("Mallory");
		SignedInClient outsider = SignedInClient.signIn(baseUrl(), mallory.getEmail(), TestUsers.PASSWORD);

		assertThat(outsider.get(modelsPath()).statusCode()).isEqualTo(404);
		assertThat(outsider.get(modelsPath() + "/embedder-o").statusCode()).isEqualTo(404);
		assertThat(outsider.get(pipelinesPath()).statusCode()).isEqualTo(404);
		assertThat(outsider.download(downloadPath("embedder-o", version)).statusCode()).isEqualTo(404);

		Workspace own = this.workspaces.defaultWorkspaceOf(mallory.getId());
		String viaOwnWorkspace = "/workspaces/" + own.getId() + "/models/embedder-o/versions/" + version.version()
				+ "/file";
		assertThat(outsider.download(viaOwnWorkspace).statusCode()).isEqualTo(404);
	}

	@Test
	void downloadWhenAdminThenAllowed() throws Exception {
		Path file = randomFile("embedder.onnx", 2048);
		this.client.upload(modelsPath(), "embedder-o", "embedder.onnx", file);
		ModelVersionDetails version = this.models.history(this.steve.toActor(), this.workspace.getId(), "embedder-o")
			.get(0);
		SignedInClient admin = SignedInClient.signIn(baseUrl(), TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);

		HttpResponse<InputStream> download = admin.download(downloadPath("embedder-o", version));

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(sha256(download.body())).isEqualTo(sha256(file));
	}

	@Test
	void removeWhenModelUsedByPipelineThenRefusedNamingIt() throws Exception {
		this.client.upload(modelsPath(), "embedder-o", "embedder.onnx", randomFile("embedder.onnx", 2048));
		this.pipelines.createPipeline(this.steve.toActor(), this.workspace.getId(), "imdb-pipeline",
				List.of(StepRequest.latest("embedder-o")));
		this.client.get(modelsPath() + "/embedder-o");

		HttpResponse<String> response = this.client.postForm(modelsPath() + "/embedder-o/remove", "x=1");

		assertThat(this.client.follow(response).body()).contains("used by pipeline imdb-pipeline");
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).hasSize(1);
	}

	@Test
	void removeWhenUnusedThenVersionsAndFilesGone() throws Exception {
		this.client
			.follow(this.client.upload(modelsPath(), "embedder-o", "embedder.onnx", randomFile("embedder.onnx", 2048)));
		this.client.follow(
				this.client.upload(modelsPath(), "embedder-o", "embedder.onnx", randomFile("embedder2.onnx", 2048)));
		this.client.get(modelsPath() + "/embedder-o");

		HttpResponse<String> response = this.client.postForm(modelsPath() + "/embedder-o/remove", "x=1");

		assertThat(this.client.follow(response).body()).contains("Removed model embedder-o");
		assertThat(this.models.models(this.steve.toActor(), this.workspace.getId())).isEmpty();
		assertThat(storedFiles()).isEmpty();
	}

	private ModelVersionDetails upload(String name, String fileName) {
		return this.models.upload(this.steve.toActor(), this.workspace.getId(), name, fileName, 4,
				new ByteArrayInputStream(new byte[] { 1, 2, 3, 4 }));
	}

	private String modelsPath() {
		return "/workspaces/" + this.workspace.getId() + "/models";
	}

	private String pipelinesPath() {
		return "/workspaces/" + this.workspace.getId() + "/pipelines";
	}

	private String downloadPath(String name, ModelVersionDetails version) {
		return modelsPath() + "/" + name + "/versions/" + version.version() + "/file";
	}

	private List<Path> storedFiles() throws IOException {
		Path folder = STORAGE.resolve(Long.toString(this.workspace.getId()));
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(folder)) {
			return list.toList();
		}
	}

	private List<Path> leftovers() throws IOException {
		return storedFiles().stream().filter((p) -> p.getFileName().toString().endsWith(".part")).toList();
	}

	private Path randomFile(String name, int size) throws IOException {
		Path file = this.files.resolve(name);
		Random random = new Random(size);
		byte[] chunk = new byte[64 * 1024];
		try (OutputStream out = Files.newOutputStream(file)) {
			for (int left = size; left > 0; left -= chunk.length) {
				random.nextBytes(chunk);
				out.write(chunk, 0, Math.min(left, chunk.length));
			}
		}
		return file;
	}

	static String sha256(Path file) throws Exception {
		return sha256(Files.newInputStream(file));
	}

	static String sha256(InputStream content) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (InputStream in = new DigestInputStream(content, digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static String filePart(String field, String fileName, String content) {
		return "--b0undary\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
	}

}
