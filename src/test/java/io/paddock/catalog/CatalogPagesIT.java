package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.regex.Pattern;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Models and Pipelines pages show 20 by name a page, with Previous and Next, and the
 * workspace page the first 10 of each, however many the workspace holds.
 */
class CatalogPagesIT extends WebTest {

	private static final Pattern MODEL_ROW = Pattern.compile("<tr id=\"model-");

	private static final Pattern PIPELINE_CARD = Pattern.compile("class=\"pipeline-card\"");

	private static final Pattern STEP = Pattern.compile("<span class=\"step-model\">");

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ModelService models;

	@Autowired
	PipelineService pipelines;

	private User steve;

	private Workspace workspace;

	@BeforeEach
	void workspaceWith23ModelsAndPipelines() {
		this.steve = this.users.user("Steve");
		this.workspace = this.workspaces.create(this.steve.toActor(), TestUsers.uniqueName("paged"));
		for (int i = 1; i <= 23; i++) {
			String model = String.format("model-%02d", i);
			byte[] content = model.getBytes();
			this.models.upload(this.steve.toActor(), this.workspace.getId(), model, model + ".onnx", content.length,
					new ByteArrayInputStream(content));
			this.pipelines.createPipeline(this.steve.toActor(), this.workspace.getId(),
					String.format("pipeline-%02d", i),
					List.of(StepRequest.latest("model-01"), StepRequest.latest(model)));
		}
	}

	@Test
	void modelsPageShowsTwentyThenTheRest() throws Exception {
		String first = page("/models");
		assertThat(count(MODEL_ROW, first)).isEqualTo(20);
		assertThat(first).contains("id=\"model-model-01\"", "id=\"model-model-20\"")
			.doesNotContain("id=\"model-model-21\"")
			.containsPattern("rel=\"next\" href=\"/workspaces/" + this.workspace.getId() + "/models\\?[^\"]*page=1\"")
			.doesNotContain("rel=\"prev\"");

		String second = page("/models?page=1");
		assertThat(count(MODEL_ROW, second)).isEqualTo(3);
		assertThat(second).contains("id=\"model-model-23\"").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

		assertThat(count(MODEL_ROW, page("/models?page=40"))).isEqualTo(20);
	}

	@Test
	void pipelinesPageShowsTwentyWithTheirStepsThenTheRest() throws Exception {
		String first = page("/pipelines");
		assertThat(count(PIPELINE_CARD, first)).isEqualTo(20);
		assertThat(count(STEP, first)).isEqualTo(40);
		assertThat(first).contains("id=\"pipeline-pipeline-01\"", "id=\"pipeline-pipeline-20\"")
			.doesNotContain("id=\"pipeline-pipeline-21\"")
			.containsPattern(
					"rel=\"next\" href=\"/workspaces/" + this.workspace.getId() + "/pipelines\\?[^\"]*page=1\"");

		String second = page("/pipelines?page=1");
		assertThat(count(PIPELINE_CARD, second)).isEqualTo(3);
		assertThat(count(STEP, second)).isEqualTo(6);
		assertThat(second).contains("id=\"pipeline-pipeline-23\"")
			.contains("rel=\"prev\"")
			.doesNotContain("rel=\"next\"");

		assertThat(count(PIPELINE_CARD, page("/pipelines?page=40"))).isEqualTo(20);
	}

	@Test
	void workspacePageListsTheFirstTenOfEachAndLinksToAll() throws Exception {
		String html = page("");

		assertThat(count(Pattern.compile("<th scope=\"row\">model-"), html)).isEqualTo(10);
		assertThat(count(Pattern.compile("<th scope=\"row\">pipeline-"), html)).isEqualTo(10);
		assertThat(html).contains("<th scope=\"row\">model-10</th>").doesNotContain("<th scope=\"row\">model-11</th>");
		assertThat(count(Pattern.compile("The first 10 by name\\."), html)).isEqualTo(2);
		assertThat(html).contains(">All models</a>", ">All pipelines</a>");
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get("/workspaces/" + this.workspace.getId() + path).with(signedInAs(this.steve)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static long count(Pattern pattern, String html) {
		return pattern.matcher(html).results().count();
	}

}
