package io.paddock.api;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.api.ApiClient.Response;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceArchiveApiIT extends IntegrationTest {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void archiveWhenOwnerThenArchivedAndCatalogRefusesNewPipelinesUntilUnarchived() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("aloha"));
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		String path = "/api/v1/workspaces/" + workspace.getId();

		Response archived = api.send("PUT", path + "/archived", "{\"archived\": true}");
		assertThat(archived.status()).isEqualTo(200);
		assertThat(archived.json().get("archived").asBoolean()).isTrue();

		Response refused = api.post(path + "/pipelines",
				"{\"name\": \"p\", \"steps\": [{\"model\": \"m\", \"version\": \"latest\"}]}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.detail())
			.isEqualTo("Workspace " + workspace.getName() + " is archived: unarchive it to add models or pipelines.");

		Response unarchived = api.send("PUT", path + "/archived", "{\"archived\": false}");
		assertThat(unarchived.json().get("archived").asBoolean()).isFalse();
	}

	@Test
	void archiveWhenCollaboratorOrOutsiderOrDefaultOrNoFlagThenProblemAndUnchanged() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("ccfraud"));
		this.memberships.addUser(steve.toActor(), workspace.getId(), john.getEmail());
		String path = "/api/v1/workspaces/" + workspace.getId() + "/archived";

		assertThat(ApiClient.of(baseUrl(), this.tokens, john).send("PUT", path, "{\"archived\": true}").status())
			.isEqualTo(403);
		assertThat(ApiClient.of(baseUrl(), this.tokens, this.users.user("Mallory"))
			.send("PUT", path, "{\"archived\": true}")
			.status()).isEqualTo(404);
		Response noFlag = ApiClient.of(baseUrl(), this.tokens, steve).send("PUT", path, "{}");
		assertThat(noFlag.status()).isEqualTo(400);
		assertThat(noFlag.detail()).contains("{\"archived\": true}");
		assertThat(this.workspaces.get(steve.toActor(), workspace.getId()).isArchived()).isFalse();

		long personal = this.workspaces.defaultWorkspaceOf(steve.getId()).getId();
		Response defaultRefused = ApiClient.of(baseUrl(), this.tokens, steve)
			.send("PUT", "/api/v1/workspaces/" + personal + "/archived", "{\"archived\": true}");
		assertThat(defaultRefused.status()).isEqualTo(409);
		assertThat(defaultRefused.detail()).isEqualTo("A default workspace cannot be archived.");
	}

}
