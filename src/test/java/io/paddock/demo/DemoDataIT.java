package io.paddock.demo;

import java.util.List;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.PipelineService;
import io.paddock.shared.StartupLock;
import io.paddock.support.IntegrationTest;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data completes the example instance item by item: a first run adds it all, a
 * second adds nothing, and a run over a partly present instance adds only what is
 * missing.
 */
class DemoDataIT extends IntegrationTest {

	@Autowired
	AccountService accounts;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ModelService models;

	@Autowired
	PipelineService pipelines;

	@Autowired
	StartupLock startupLock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void secondRunAddsNothingAndPartlyPresentDataIsCompleted() {
		DemoData demo = new DemoData(this.accounts, this.workspaces, this.models, this.pipelines, this.startupLock,
				true);

		List<String> first = demo.complete();
		assertThat(first).contains("user steve@ex.co", "user john@ex.co", "workspace aloha-workspace",
				"model imdb-workspace/embedder-o", "model demandcurve-workspace/demandcurve-model",
				"pipeline ccfraud-workspace/ccfraud-pipeline", "pipeline imdb-workspace/imdb-pipeline");
		Actor steve = this.accounts.findByEmail("steve@ex.co").orElseThrow().toActor();
		for (DemoData.ExampleWorkspace example : DemoData.WORKSPACES) {
			Workspace workspace = this.workspaces.findByName(steve, example.name()).orElseThrow();
			assertThat(this.models.models(steve, workspace.getId())).as(example.name())
				.hasSize(example.models().size());
			assertThat(this.pipelines.pipelines(steve, workspace.getId())).as(example.name()).hasSize(1);
		}
		long rows = rowsOfTheExample();

		assertThat(demo.complete()).isEmpty();
		assertThat(rowsOfTheExample()).isEqualTo(rows);

		Workspace imdb = this.workspaces.findByName(steve, "imdb-workspace").orElseThrow();
		this.pipelines.deletePipeline(steve, imdb.getId(), "imdb-pipeline");
		this.models.removeModel(steve, imdb.getId(), "smodel-o");
		assertThat(demo.complete()).containsExactly("model imdb-workspace/smodel-o",
				"pipeline imdb-workspace/imdb-pipeline");
		assertThat(rowsOfTheExample()).isEqualTo(rows);
		assertThat(demo.complete()).isEmpty();
	}

	private long rowsOfTheExample() {
		return this.jdbc.queryForObject("""
				select (select count(*) from users where email_key in ('steve@ex.co', 'john@ex.co'))
				     + (select count(*) from workspaces where name_key like '%-workspace')
				     + (select count(*) from model_versions v join workspaces w on w.id = v.workspace_id
				        where w.name_key like '%-workspace')
				     + (select count(*) from pipelines p join workspaces w on w.id = p.workspace_id
				        where w.name_key like '%-workspace')""", Long.class);
	}

}
