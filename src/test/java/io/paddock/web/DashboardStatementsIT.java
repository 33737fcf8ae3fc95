package io.paddock.web;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.PipelineService;
import io.paddock.catalog.StepRequest;
import io.paddock.support.StatementCounter;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.support.BulkData;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every dashboard page runs a fixed, small number of SQL statements, counted on the
 * request's thread through the whole security chain (loading the signed-in user
 * included), and the same number when the instance holds many more workspaces.
 */
class DashboardStatementsIT extends WebTest {

	private static final int MOST_STATEMENTS = 6;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ModelService models;

	@Autowired
	PipelineService pipelines;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void everyPageRunsAtMostSixStatementsWhateverTheNumberOfWorkspaces() throws Exception {
		User five = this.users.user("Five");
		Actor fiveActor = five.toActor();
		Workspace current = withModelAndPipelines(fiveActor);
		Workspace other = withModelAndPipelines(fiveActor);
		for (int i = 0; i < 3; i++) {
			this.workspaces.create(fiveActor, TestUsers.uniqueName("five"));
		}
		this.workspaces.switchTo(fiveActor, current.getId());
		User many = this.users.user("Many");
		String prefix = TestUsers.uniqueName("many");
		new BulkData(this.jdbc).workspaces(many.getId(), prefix, 400);
		User admin = this.users.admin("Admin");

		Map<String, MockHttpServletRequestBuilder> pages = new LinkedHashMap<>();
		pages.put("current workspace", get("/").with(signedInAs(five)));
		pages.put("another workspace", get("/workspaces/{id}", other.getId()).with(signedInAs(five)));
		pages.put("View Workspaces, admin, page 1", get("/workspaces").with(signedInAs(admin)));
		pages.put("View Workspaces, admin, deep page", get("/workspaces?page=10").with(signedInAs(admin)));
		pages.put("View Workspaces, admin, search", get("/workspaces?q=" + prefix).with(signedInAs(admin)));
		pages.put("View Workspaces, member of 5", get("/workspaces").with(signedInAs(five)));
		pages.put("View Workspaces, member of 400", get("/workspaces").with(signedInAs(many)));
		pages.put("View Workspaces, member of 400, page 15", get("/workspaces?page=15").with(signedInAs(many)));
		pages.put("View Workspaces, member of 400, search", get("/workspaces?q=-03").with(signedInAs(many)));
		pages.put("switcher", get("/workspaces/switcher?q=many").header("HX-Request", "true").with(signedInAs(many)));
		pages.put("models", get("/workspaces/{id}/models", other.getId()).with(signedInAs(five)));
		pages.put("pipelines", get("/workspaces/{id}/pipelines", other.getId()).with(signedInAs(five)));
		pages.put("pipelines, a step's versions",
				get("/workspaces/{id}/pipelines/versions?step=2&steps=embedder-o", other.getId())
					.header("HX-Request", "true")
					.with(signedInAs(five)));
		pages.put("pipelines, form with two steps chosen",
				post("/workspaces/{id}/pipelines", other.getId()).param("addStep", "1")
					.param("steps", "embedder-o", "smodel-o")
					.param("versions", "", "")
					.with(csrf())
					.with(signedInAs(five)));
		pages.put("activity", get("/workspaces/{id}/activity", other.getId()).with(signedInAs(five)));
		pages.put("activity, by action and person",
				get("/workspaces/{id}/activity?action=MODEL_UPLOADED&person=" + five.getEmail(), other.getId())
					.with(signedInAs(five)));
		pages.put("activity, instance, admin", get("/activity").with(signedInAs(admin)));

		Map<String, Long> before = statementsPerPage(pages);
		new BulkData(this.jdbc).workspaces(this.users.user("Others").getId(), TestUsers.uniqueName("others"), 2_000);
		Map<String, Long> after = statementsPerPage(pages);

		System.out.println("SQL statements per dashboard request: " + before);
		assertThat(before)
			.allSatisfy((page, statements) -> assertThat(statements).as(page).isLessThanOrEqualTo(MOST_STATEMENTS));
		assertThat(after).isEqualTo(before);
	}

	private Map<String, Long> statementsPerPage(Map<String, MockHttpServletRequestBuilder> pages) throws Exception {
		Map<String, Long> statements = new LinkedHashMap<>();
		for (Map.Entry<String, MockHttpServletRequestBuilder> page : pages.entrySet()) {
			StatementCounter.reset();
			this.mvc.perform(page.getValue()).andExpect(status().isOk());
			statements.put(page.getKey(), StatementCounter.count());
		}
		return statements;
	}

	private Workspace withModelAndPipelines(Actor owner) {
		Workspace workspace = this.workspaces.create(owner, TestUsers.uniqueName("counted"));
		for (String model : List.of("embedder-o", "smodel-o")) {
			byte[] content = model.getBytes();
			this.models.upload(owner, workspace.getId(), model, model + ".onnx", content.length,
					new ByteArrayInputStream(content));
		}
		for (String pipeline : List.of("first", "second", "third")) {
			this.pipelines.createPipeline(owner, workspace.getId(), pipeline,
					List.of(StepRequest.latest("embedder-o"), StepRequest.latest("smodel-o")));
		}
		return workspace;
	}

}
