package io.paddock.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.api.ApiClient;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every change to a workspace, its members, models and pipelines is recorded with who did
 * it, to whom or what, and where from, in the transaction of the change.
 */
class ActivityRecordingIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	ActivityRetention retention;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void everyDashboardChangeIsRecordedWithTheDashboardAsSource() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		String name = TestUsers.uniqueName("imdb");
		this.mvc.perform(post("/workspaces").param("name", name).with(csrf()).with(signedInAs(steve)))
			.andExpect(status().is3xxRedirection());
		long id = this.workspaces.findByName(steve.toActor(), name).orElseThrow().getId();
		String workspace = "/workspaces/" + id;

		dashboard(steve,
				post(workspace + "/invitations").param("userIds", john.getId().toString(), mary.getId().toString())
					.param("owners", mary.getId().toString()));
		dashboard(steve, post(workspace + "/invitation-emails/resend").param("userId", mary.getId().toString()));
		dashboard(steve, post(workspace + "/members/" + john.getId() + "/role").param("role", "OWNER"));
		dashboard(steve, post(workspace + "/members/" + john.getId() + "/role").param("role", "COLLABORATOR"));
		dashboard(steve, post(workspace + "/members/" + mary.getId() + "/removal"));
		dashboard(john, post(workspace + "/leave"));
		dashboard(steve, post(workspace + "/archived").param("archived", "true"));
		dashboard(steve, post(workspace + "/archived").param("archived", "false"));
		this.mvc
			.perform(multipart(workspace + "/models")
				.file(new MockMultipartFile("file", "embedder.onnx", "application/octet-stream", new byte[] { 1, 2 }))
				.param("name", "embedder-o")
				.with(csrf())
				.with(signedInAs(steve)))
			.andExpect(status().is3xxRedirection());
		dashboard(steve, post(workspace + "/pipelines").param("name", "imdb-pipeline").param("steps", "embedder-o"));
		dashboard(steve, post(workspace + "/pipelines/imdb-pipeline/delete"));
		dashboard(steve, post(workspace + "/models/embedder-o/remove"));

		assertThat(entriesOf(id)).containsExactly(entry(steve, "WORKSPACE_CREATED", name, null, "DASHBOARD"),
				entry(steve, "MEMBER_INVITED", john.getEmail(), "as collaborator", "DASHBOARD"),
				entry(steve, "MEMBER_INVITED", mary.getEmail(), "as owner", "DASHBOARD"),
				entry(steve, "INVITATION_RESENT", mary.getEmail(), "as owner", "DASHBOARD"),
				entry(steve, "MEMBER_PROMOTED", john.getEmail(), "to owner", "DASHBOARD"),
				entry(steve, "MEMBER_DEMOTED", john.getEmail(), "to collaborator", "DASHBOARD"),
				entry(steve, "MEMBER_REMOVED", mary.getEmail(), null, "DASHBOARD"),
				entry(john, "MEMBER_LEFT", john.getEmail(), null, "DASHBOARD"),
				entry(steve, "WORKSPACE_ARCHIVED", name, null, "DASHBOARD"),
				entry(steve, "WORKSPACE_RESTORED", name, null, "DASHBOARD"),
				entry(steve, "MODEL_UPLOADED", "embedder-o", null, "DASHBOARD"),
				entry(steve, "PIPELINE_CREATED", "imdb-pipeline", "1 step", "DASHBOARD"),
				entry(steve, "PIPELINE_DELETED", "imdb-pipeline", null, "DASHBOARD"),
				entry(steve, "MODEL_DELETED", "embedder-o", "1 version", "DASHBOARD"));
		assertThat(this.jdbc.queryForObject(
				"select details from activity_entries where workspace_id = ? and action = 'MODEL_UPLOADED'",
				String.class, id))
			.matches("version [0-9a-f-]{36}, embedder.onnx, 2 bytes");
	}

	@Test
	void everyApiChangeIsRecordedWithTheApiAsSource() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		String name = TestUsers.uniqueName("ccfraud");
		assertThat(api.post("/api/v1/workspaces", "{\"name\": \"" + name + "\"}").status()).isEqualTo(201);
		long id = this.workspaces.findByName(steve.toActor(), name).orElseThrow().getId();
		String workspace = "/api/v1/workspaces/" + id;
		String johnEmail = "{\"email\": \"" + john.getEmail() + "\"}";

		assertThat(api.post(workspace + "/users", johnEmail).status()).isEqualTo(200);
		assertThat(api.post(workspace + "/owners", johnEmail).status()).isEqualTo(200);
		assertThat(api.delete(workspace + "/owners/" + john.getEmail()).status()).isEqualTo(200);
		assertThat(api.delete(workspace + "/users/" + john.getEmail()).status()).isEqualTo(204);
		assertThat(api.post(workspace + "/users", johnEmail).status()).isEqualTo(200);
		assertThat(ApiClient.of(baseUrl(), this.tokens, john).post(workspace + "/leave", "").status()).isEqualTo(204);
		assertThat(api.send("PUT", workspace + "/archived", "{\"archived\": true}").status()).isEqualTo(200);
		assertThat(api.send("PUT", workspace + "/archived", "{\"archived\": false}").status()).isEqualTo(200);
		assertThat(api.upload(workspace + "/models", "name", "smodel-o", "smodel.py", new byte[] { 1 }).status())
			.isEqualTo(201);
		assertThat(api
			.post(workspace + "/pipelines",
					"{\"name\": \"p\", \"steps\": [{\"model\": \"smodel-o\", \"version\": \"latest\"}]}")
			.status()).isEqualTo(201);
		assertThat(api.delete(workspace + "/pipelines/p").status()).isEqualTo(204);
		assertThat(api.delete(workspace + "/models/smodel-o").status()).isEqualTo(204);

		assertThat(entriesOf(id)).containsExactly(entry(steve, "WORKSPACE_CREATED", name, null, "API"),
				entry(steve, "MEMBER_INVITED", john.getEmail(), "as collaborator", "API"),
				entry(steve, "MEMBER_PROMOTED", john.getEmail(), "to owner", "API"),
				entry(steve, "MEMBER_DEMOTED", john.getEmail(), "to collaborator", "API"),
				entry(steve, "MEMBER_REMOVED", john.getEmail(), null, "API"),
				entry(steve, "MEMBER_INVITED", john.getEmail(), "as collaborator", "API"),
				entry(john, "MEMBER_LEFT", john.getEmail(), null, "API"),
				entry(steve, "WORKSPACE_ARCHIVED", name, null, "API"),
				entry(steve, "WORKSPACE_RESTORED", name, null, "API"),
				entry(steve, "MODEL_UPLOADED", "smodel-o", null, "API"),
				entry(steve, "PIPELINE_CREATED", "p", "1 step", "API"),
				entry(steve, "PIPELINE_DELETED", "p", null, "API"),
				entry(steve, "MODEL_DELETED", "smodel-o", "1 version", "API"));
	}

	@Test
	void changeRolledBackLeavesNoEntryAndRefusedChangeRecordsNothing() {
		User steve = this.users.user("Steve");
		String name = TestUsers.uniqueName("rolled-back");
		this.transactions.executeWithoutResult((status) -> {
			this.workspaces.create(steve.toActor(), name);
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject("select count(*) from activity_entries where workspace_name = ?",
				Long.class, name))
			.isZero();

		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("kept"));
		this.workspaces.setArchived(steve.toActor(), workspace.getId(), false);
		assertThat(entriesOf(workspace.getId())).extracting(Entry::action).containsExactly("WORKSPACE_CREATED");
	}

	@Test
	void purgeDeletesEntriesOlderThanTheRetentionInBatchesAndKeepsTheRest() {
		Instant old = Instant.now().minus(400, ChronoUnit.DAYS);
		UUID actor = this.users.user("Old").getId();
		List<Object[]> rows = new java.util.ArrayList<>();
		for (long i = 1; i <= 2_500; i++) {
			rows.add(new Object[] { -i, actor, java.sql.Timestamp.from(old) });
		}
		this.jdbc.batchUpdate("insert into activity_entries (id, workspace_id, workspace_name, actor_id, action, "
				+ "subject, source, occurred_at) values (?, 0, 'gone', ?, 'WORKSPACE_CREATED', 'gone', 'API', ?)",
				rows);
		Workspace recent = this.workspaces.create(this.users.user("Recent").toActor(), TestUsers.uniqueName("kept"));

		assertThat(this.retention.purge()).isGreaterThanOrEqualTo(2_500);
		assertThat(this.jdbc.queryForObject("select count(*) from activity_entries where workspace_name = 'gone'",
				Long.class))
			.isZero();
		assertThat(entriesOf(recent.getId())).hasSize(1);
	}

	private void dashboard(User user,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request.with(csrf()).with(signedInAs(user))).andExpect(status().is3xxRedirection());
	}

	private List<Entry> entriesOf(long workspaceId) {
		return this.jdbc.query("""
				select u.email, e.action, e.subject, e.details, e.source from activity_entries e
				join users u on u.id = e.actor_id where e.workspace_id = ? order by e.id""",
				(rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4) != null && rs.getString(4).startsWith("version ") ? null : rs.getString(4),
						rs.getString(5)),
				workspaceId);
	}

	private static Entry entry(User actor, String action, String subject, String details, String source) {
		return new Entry(actor.getEmail(), action, subject, details, source);
	}

	record Entry(String actor, String action, String subject, String details, String source) {

	}

}
