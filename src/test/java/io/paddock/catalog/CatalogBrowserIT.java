package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.ModelPage;
import io.paddock.pages.ModelsPage;
import io.paddock.pages.PipelinesPage;
import io.paddock.pages.Wait;
import io.paddock.pages.WorkspacePage;
import io.paddock.pages.WorkspacesPage;
import io.paddock.support.Browser;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Models and pipelines as a member uses them in the browser.
 */
class CatalogBrowserIT extends BrowserTest {

	@TempDir
	Path files;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ModelService models;

	@Test
	void uploadTwoVersionsCreatePipelineThenCountsOnViewWorkspaces() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		this.browser.get(baseUrl() + "/workspaces/" + workspace.getId());
		this.browser.findElement(By.id("manage-models")).click();

		ModelsPage models = ModelsPage.open(this.browser, baseUrl(), workspace.getId());
		assertAccessible();
		Path embedder = file("embedder.onnx", 3 * 1024 * 1024);
		models = models.upload("embedder-o", embedder);
		assertThat(models.notice()).contains("Uploaded embedder.onnx as model embedder-o");
		assertThat(models.versionCountOf("embedder-o")).isEqualTo("1");
		assertThat(models.sha256Of("embedder-o")).isEqualTo(ModelUploadIT.sha256(embedder));
		String firstVersion = models.latestVersionOf("embedder-o");

		models = models.upload("embedder-o", file("embedder-v2.onnx", 40 * 1024));
		assertThat(models.versionCountOf("embedder-o")).isEqualTo("2");
		String secondVersion = models.latestVersionOf("embedder-o");
		assertThat(secondVersion).isNotEqualTo(firstVersion);
		models = models.upload("smodel-o", file("smodel.py", 8 * 1024));
		assertThat(models.names()).containsExactly("embedder-o", "smodel-o");
		assertAccessible();

		PipelinesPage pipelines = PipelinesPage.open(this.browser, baseUrl(), workspace.getId());
		assertAccessible();
		assertThat(pipelines.versionChoices(1)).containsExactly("latest version");
		assertThat(pipelines.choose(1, "embedder-o").versionChoices(1)).satisfiesExactly(
				(latest) -> assertThat(latest).isEqualTo("latest version"),
				(second) -> assertThat(second).startsWith(secondVersion + " (embedder-v2.onnx, "),
				(first) -> assertThat(first).startsWith(firstVersion + " (embedder.onnx, "));
		assertAccessible();
		screenshot("pipelines-versions");
		assertThat(pipelines.choose(1, "smodel-o").versionChoices(1)).hasSize(2)
			.noneMatch((label) -> label.startsWith(firstVersion));
		pipelines.create("imdb-pipeline", "embedder-o@" + firstVersion, "smodel-o");
		assertThat(pipelines.notice()).contains("Created pipeline imdb-pipeline");
		assertThat(pipelines.names()).containsExactly("imdb-pipeline");
		assertThat(pipelines.stepsOf("imdb-pipeline")).hasSize(2);
		assertThat(pipelines.definitionOf("imdb-pipeline")).isEqualTo("[{\"model\":\"embedder-o\",\"version\":\""
				+ firstVersion + "\"},{\"model\":\"smodel-o\",\"version\":\"latest\"}]");
		assertAccessible();

		this.browser.get(baseUrl() + "/workspaces/" + workspace.getId());
		assertThat(this.browser.findElements(By.cssSelector("section[aria-labelledby=models-heading] tbody tr")))
			.hasSize(2);
		assertAccessible();

		WorkspacesPage list = WorkspacesPage.open(this.browser, baseUrl());
		assertThat(countsOf(workspace.getName())).isEqualTo("2 models, 1 pipelines");
		assertAccessible();
	}

	@Test
	void uploadWhenEmptyBadNameOrTooLargeThenMessages() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb"));
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		ModelsPage models = ModelsPage.open(this.browser, baseUrl(), workspace.getId());

		models = models.upload("embedder-o", Files.createFile(this.files.resolve("empty.onnx")));
		assertThat(models.fieldError("model-file")).contains("empty.onnx is empty");
		assertAccessible();

		models = models.upload("embedder_o", file("embedder.onnx", 1024));
		assertThat(models.fieldError("model-name")).contains("must be DNS-compatible")
			.contains("the underscore '_' at position 9");
		assertAccessible();
		screenshot("models-errors");

		models = models.upload("huge-o", file("huge.onnx", 17 * 1024 * 1024));
		assertThat(Wait.text(this.browser, By.cssSelector(".alert-error"))).contains("larger than the limit of 16 MB");
		assertThat(models.names()).isEmpty();
		assertAccessible();

		PipelinesPage pipelines = PipelinesPage.open(this.browser, baseUrl(), workspace.getId())
			.create("imdb_pipeline");
		assertThat(pipelines.fieldError("pipeline-name-error")).contains("must be DNS-compatible");
		assertAccessible();
		pipelines.create("imdb-pipeline", "(no step)");
		assertThat(pipelines.fieldError("steps-error")).contains("Add at least one step");
		assertAccessible();
	}

	@Test
	void removeModelWhenUsedByPipelineThenRefusedUntilPipelineDeleted() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb"));
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		ModelsPage.open(this.browser, baseUrl(), workspace.getId())
			.upload("embedder-o", file("e1.onnx", 1024))
			.upload("embedder-o", file("e2.onnx", 2048));
		PipelinesPage.open(this.browser, baseUrl(), workspace.getId()).create("imdb-pipeline", "embedder-o");

		ModelPage model = ModelsPage.open(this.browser, baseUrl(), workspace.getId()).open("embedder-o");
		assertThat(model.versions()).hasSize(2);
		assertAccessible();
		model = model.removeExpectingRefusal();
		assertThat(model.problem()).contains("used by pipeline imdb-pipeline");
		assertAccessible();

		PipelinesPage.open(this.browser, baseUrl(), workspace.getId()).delete("imdb-pipeline");
		this.browser.get(baseUrl() + "/workspaces/" + workspace.getId() + "/models/embedder-o");
		ModelsPage models = ModelsPage.open(this.browser, baseUrl(), workspace.getId()).open("embedder-o").remove();
		assertThat(models.notice()).contains("Removed model embedder-o");
		assertThat(models.names()).isEmpty();
	}

	@Test
	void createPipelineWhenJavaScriptOffThenAddStepAndMessagesStillWork() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb"));
		WebDriver plain = Browser.withoutJavaScript();
		plain.get(baseUrl() + "/login");
		plain.manage().deleteAllCookies();
		LoginPage.open(plain, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		ModelsPage models = ModelsPage.open(plain, baseUrl(), workspace.getId())
			.upload("embedder-o", file("e.onnx", 1024));
		assertThat(models.notice()).contains("Uploaded e.onnx as model embedder-o");
		assertAccessible(plain);
		PipelinesPage pipelines = PipelinesPage.open(plain, baseUrl(), workspace.getId());
		assertAccessible(plain);

		assertThat(pipelines.addStep().addStep().stepRows()).isEqualTo(5);
		assertAccessible(plain);
		pipelines.create("imdb-pipeline");
		assertThat(pipelines.fieldError("steps-error")).contains("Add at least one step");
		assertThat(pipelines.names()).isEmpty();
		assertAccessible(plain);

		String version = ModelsPage.open(plain, baseUrl(), workspace.getId()).latestVersionOf("embedder-o");
		pipelines = PipelinesPage.open(plain, baseUrl(), workspace.getId()).choose(1, "embedder-o");
		assertThat(pipelines.versionChoices(1)).containsExactly("latest version");
		assertThat(pipelines.addStep().versionChoices(1)).satisfiesExactly(
				(latest) -> assertThat(latest).isEqualTo("latest version"),
				(pinned) -> assertThat(pinned).startsWith(version + " (e.onnx, "));
		pipelines.create("imdb-pipeline", "embedder-o@" + version, "embedder-o", "embedder-o", "embedder-o");
		assertThat(pipelines.stepsOf("imdb-pipeline")).hasSize(4);
		assertThat(pipelines.definitionOf("imdb-pipeline"))
			.startsWith("[{\"model\":\"embedder-o\",\"version\":\"" + version + "\"},");
		assertAccessible(plain);
	}

	@Test
	void modelsWhenMoreThanAPageThenWorkspaceLinksToAllAndModelsPageHasPages() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("many-models"));
		for (int i = 1; i <= 21; i++) {
			String name = String.format("model-%02d", i);
			this.models.upload(steve.toActor(), workspace.getId(), name, name + ".onnx", name.length(),
					new ByteArrayInputStream(name.getBytes()));
		}
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);

		WorkspacePage page = WorkspacePage.open(this.browser, baseUrl(), workspace.getId());
		assertThat(this.browser.findElements(By.cssSelector("section[aria-labelledby=models-heading] tbody tr")))
			.hasSize(10);
		assertAccessible();
		screenshot("workspace-many-models");
		ModelsPage models = page.allModels();
		assertThat(models.names()).hasSize(20).startsWith("model-01").endsWith("model-20");
		models = models.nextPage();
		assertThat(models.names()).containsExactly("model-21");
		assertAccessible();
		assertThat(models.previousPage().names()).hasSize(20).startsWith("model-01");
	}

	private String countsOf(String name) {
		String row = "//tbody[@id='workspace-rows']/tr[th/a[normalize-space()='" + name + "']]";
		String models = this.browser.findElement(By.xpath(row + "/td[4]")).getText();
		String pipelines = this.browser.findElement(By.xpath(row + "/td[5]")).getText();
		return models + " models, " + pipelines + " pipelines";
	}

	private Path file(String name, int size) throws IOException {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return Files.write(this.files.resolve(name), bytes);
	}

}
