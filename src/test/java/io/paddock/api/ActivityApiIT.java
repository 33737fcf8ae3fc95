package io.paddock.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

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

/**
 * {@code GET /api/v1/workspaces/{id}/activity}: newest first, paged by the next link,
 * filtered by action and person, for whoever may see the workspace.
 */
class ActivityApiIT extends IntegrationTest {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void activityWhenMemberThenNewestFirstPagedByNextAndFiltered() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("demandcurve"));
		this.memberships.addUser(steve.toActor(), workspace.getId(), john.getEmail());
		this.memberships.addOwner(steve.toActor(), workspace.getId(), mary.getEmail());
		this.memberships.addUser(mary.toActor(), workspace.getId(), this.users.user("Jane").getEmail());
		this.memberships.leave(john.toActor(), workspace.getId());
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, mary);
		String path = "/api/v1/workspaces/" + workspace.getId() + "/activity";

		List<String> actions = new ArrayList<>();
		String next = path + "?size=2";
		int pages = 0;
		while (next != null) {
			Response page = api.get(next);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.json().get("entries").size()).isLessThanOrEqualTo(2);
			page.json().get("entries").forEach((entry) -> actions.add(entry.get("action").asString()));
			next = page.json().get("next").isNull() ? null : page.json().get("next").asString();
			pages++;
		}
		assertThat(actions).containsExactly("MEMBER_LEFT", "MEMBER_INVITED", "MEMBER_INVITED", "MEMBER_INVITED",
				"WORKSPACE_CREATED");
		assertThat(pages).isEqualTo(3);

		JsonNode invitedByMary = api.get(path + "?action=MEMBER_INVITED&person=" + mary.getEmail()).json();
		assertThat(invitedByMary.get("entries")).hasSize(1);
		JsonNode entry = invitedByMary.get("entries").get(0);
		assertThat(entry.get("actor").asString()).isEqualTo(mary.getEmail());
		assertThat(entry.get("subject").asString()).startsWith("jane-");
		assertThat(entry.get("details").asString()).isEqualTo("as collaborator");
		assertThat(entry.get("source").asString()).isEqualTo("SYSTEM");
		assertThat(entry.get("time").asString()).isNotEmpty();
		assertThat(api.get(path + "?person=nobody@ex.co").json().get("entries")).isEmpty();
	}

	@Test
	void activityWhenOutsiderOrBadParametersThenProblem() throws Exception {
		User steve = this.users.user("Steve");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb"));
		String path = "/api/v1/workspaces/" + workspace.getId() + "/activity";

		Response outsider = ApiClient.of(baseUrl(), this.tokens, this.users.user("Mallory")).get(path);
		assertThat(outsider.status()).isEqualTo(404);
		assertThat(outsider.contentType()).startsWith("application/problem+json");

		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		Response tooLarge = api.get(path + "?size=501");
		assertThat(tooLarge.status()).isEqualTo(400);
		assertThat(tooLarge.detail()).isEqualTo("The page size must be between 1 and 500, not 501.");
		Response badAction = api.get(path + "?action=EXPLODED");
		assertThat(badAction.status()).isEqualTo(400);
		assertThat(badAction.contentType()).startsWith("application/problem+json");
		assertThat(badAction.detail()).isEqualTo("The value 'EXPLODED' is not valid for action.");
		assertThat(api.get(path + "?before=abc").status()).isEqualTo(400);
	}

	@Test
	void activityIsDocumented() throws Exception {
		JsonNode operation = new ApiClient(baseUrl(), null).get("/v3/api-docs")
			.json()
			.get("paths")
			.get("/api/v1/workspaces/{id}/activity")
			.get("get");
		List<String> parameters = new ArrayList<>();
		operation.get("parameters").forEach((parameter) -> parameters.add(parameter.get("name").asString()));
		assertThat(parameters).contains("id", "action", "person", "before", "size");
		assertThat(operation.get("responses").propertyNames()).contains("200", "400", "401", "404");
	}

}
