package io.paddock.api;

import java.util.HashMap;
import java.util.Map;

import io.paddock.account.AccountService;
import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.api.ApiClient.Response;
import io.paddock.support.IntegrationTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspacesApiIT extends IntegrationTest {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	AccountService accounts;

	@Test
	void createThenCallerIsOwnerAndTheWorkspaceIsReturnedLikeTheSdk() throws Exception {
		User steve = this.users.user("Steve");
		String name = TestUsers.uniqueName("imdb-workspace");

		Response created = ApiClient.of(baseUrl(), this.tokens, steve)
			.post("/api/v1/workspaces", "{\"name\": \"" + name + "\"}");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("name").asString()).isEqualTo(name);
		assertThat(created.json().get("id").isIntegralNumber()).isTrue();
		assertThat(created.json().get("archived").asBoolean()).isFalse();
		assertThat(created.json().get("created_by").asString()).isEqualTo(steve.getId().toString());
		assertThat(created.json().get("created_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*(Z|[+-]\\d\\d:\\d\\d)");
		assertThat(created.json().get("models").isArray()).isTrue();
		assertThat(created.json().get("pipelines").isArray()).isTrue();
		Workspace workspace = this.workspaces.findByName(steve.toActor(), name).orElseThrow();
		assertThat(this.workspaces.access(steve.toActor(), workspace.getId()).decide(Action.INVITE).allowed()).isTrue();
	}

	@Test
	void createWithBadOrTakenNameThen400Or409Problem() throws Exception {
		User steve = this.users.user("Steve");
		String taken = TestUsers.uniqueName("aloha");
		this.workspaces.create(this.users.user("John").toActor(), taken);

		Response bad = ApiClient.of(baseUrl(), this.tokens, steve)
			.post("/api/v1/workspaces", "{\"name\": \"bad_name\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(bad.detail()).contains("must be DNS-compatible (ASCII alpha-numeric plus dash (-))");

		Response conflict = ApiClient.of(baseUrl(), this.tokens, steve)
			.post("/api/v1/workspaces", "{\"name\": \"" + taken.toUpperCase() + "\"}");
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.detail()).isEqualTo("The workspace name " + taken.toUpperCase() + " is already taken.");

		assertThat(ApiClient.of(baseUrl(), this.tokens, steve).post("/api/v1/workspaces", "not json").status())
			.isEqualTo(400);
	}

	@Test
	void getByNameWhenMissingOrInvisibleThenSdkMessageUnlessCreating() throws Exception {
		User steve = this.users.user("Steve");
		String hidden = TestUsers.uniqueName("hidden");
		this.workspaces.create(this.users.user("John").toActor(), hidden);
		String missing = TestUsers.uniqueName("helper-demo-workspace");
		String sdkMessage = "Error: Workspace with name %s does not exist. If you would like to create one, send in the "
				+ "request with `create_if_not_exist` flag set to True.";

		Response absent = ApiClient.of(baseUrl(), this.tokens, steve).get("/api/v1/workspaces/by-name/" + missing);
		assertThat(absent.status()).isEqualTo(404);
		assertThat(absent.detail()).isEqualTo(sdkMessage.formatted(missing));
		Response invisible = ApiClient.of(baseUrl(), this.tokens, steve).get("/api/v1/workspaces/by-name/" + hidden);
		assertThat(invisible.status()).isEqualTo(404);
		assertThat(invisible.detail()).isEqualTo(sdkMessage.formatted(hidden));

		Response created = ApiClient.of(baseUrl(), this.tokens, steve)
			.get("/api/v1/workspaces/by-name/" + missing + "?create_if_not_exist=true");
		assertThat(created.status()).isEqualTo(201);
		Response again = ApiClient.of(baseUrl(), this.tokens, steve)
			.get("/api/v1/workspaces/by-name/" + missing + "?create_if_not_exist=true");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("id").asLong()).isEqualTo(created.json().get("id").asLong());
		assertThat(ApiClient.of(baseUrl(), this.tokens, steve)
			.get("/api/v1/workspaces/by-name/" + hidden + "?create_if_not_exist=true")
			.status()).isEqualTo(409);
	}

	@Test
	void listShowsVisibleWorkspacesWithUsersAndCounts() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		this.workspaces.create(this.users.user("Other").toActor(), TestUsers.uniqueName("not-mine"));

		Response list = ApiClient.of(baseUrl(), this.tokens, steve).get("/api/v1/workspaces");

		assertThat(list.status()).isEqualTo(200);
		var rows = list.json().get("workspaces");
		assertThat(rows.size()).isEqualTo(2);
		var row = rows.get(1).get("name").asString().equals(imdb.getName()) ? rows.get(1) : rows.get(0);
		assertThat(row.get("name").asString()).isEqualTo(imdb.getName());
		assertThat(row.get("users").get(0).asString()).isEqualTo(steve.getEmail());
		assertThat(row.get("users").get(1).asString()).isEqualTo(john.getEmail());
		assertThat(row.get("models").asLong()).isZero();
		assertThat(row.get("pipelines").asLong()).isZero();
		assertThat(ApiClient.of(baseUrl(), this.tokens, this.users.admin("Ada"))
			.get("/api/v1/workspaces")
			.json()
			.get("total")
			.asLong()).isGreaterThan(2);
	}

	@Test
	void currentWorkspaceIsSharedWithTheDashboard() throws Exception {
		User steve = this.users.user("Steve");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));

		assertThat(ApiClient.of(baseUrl(), this.tokens, steve)
			.get("/api/v1/current-workspace")
			.json()
			.get("name")
			.asString()).isEqualTo(steve.getEmail() + " - Default Workspace");
		Response set = ApiClient.of(baseUrl(), this.tokens, steve)
			.send("PUT", "/api/v1/current-workspace", "{\"id\": " + imdb.getId() + "}");

		assertThat(set.status()).isEqualTo(200);
		assertThat(set.json().get("name").asString()).isEqualTo(imdb.getName());
		assertThat(this.workspaces.current(steve.toActor()).getId()).isEqualTo(imdb.getId());
		Workspace hidden = this.workspaces.create(this.users.user("John").toActor(), TestUsers.uniqueName("hidden"));
		assertThat(ApiClient.of(baseUrl(), this.tokens, steve)
			.send("PUT", "/api/v1/current-workspace", "{\"id\": " + hidden.getId() + "}")
			.status()).isEqualTo(404);
	}

	@Test
	void addUserRemoveUserAndAddOwnerFollowTheRulesAndMessages() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		String users = "/api/v1/workspaces/" + imdb.getId() + "/users";
		String email = "{\"email\": \"" + john.getEmail() + "\"}";

		assertThat(ApiClient.of(baseUrl(), this.tokens, steve).post(users, email).status()).isEqualTo(200);
		Response again = ApiClient.of(baseUrl(), this.tokens, steve).post(users, email);
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.detail())
			.isEqualTo("User " + john.getEmail() + ", already exists in workspace " + imdb.getName());
		assertThat(ApiClient.of(baseUrl(), this.tokens, steve).post(users, "{\"email\": \"nobody@ex.co\"}").status())
			.isEqualTo(404);

		Response collaboratorActs = ApiClient.of(baseUrl(), this.tokens, john)
			.post("/api/v1/workspaces/" + imdb.getId() + "/owners", email);
		assertThat(collaboratorActs.status()).isEqualTo(403);

		Response lastOwner = ApiClient.of(baseUrl(), this.tokens, steve)
			.send("DELETE", users + "/" + steve.getEmail(), null);
		assertThat(lastOwner.status()).isEqualTo(409);
		assertThat(lastOwner.detail()).isEqualTo("Last owner of a workspace cannot be removed");

		Response promoted = ApiClient.of(baseUrl(), this.tokens, steve)
			.post("/api/v1/workspaces/" + imdb.getId() + "/owners", email);
		assertThat(promoted.status()).isEqualTo(200);
		assertThat(this.workspaces.access(john.toActor(), imdb.getId()).decide(Action.INVITE).allowed()).isTrue();

		assertThat(ApiClient.of(baseUrl(), this.tokens, steve)
			.send("DELETE", users + "/" + john.getEmail(), null)
			.status()).isEqualTo(204);
		assertThat(
				ApiClient.of(baseUrl(), this.tokens, john).get("/api/v1/workspaces/by-name/" + imdb.getName()).status())
			.isEqualTo(404);

		Workspace johns = this.workspaces.defaultWorkspaceOf(john.getId());
		User admin = this.users.admin("Ada");
		Response defaultWorkspace = ApiClient.of(baseUrl(), this.tokens, admin)
			.send("DELETE", "/api/v1/workspaces/" + johns.getId() + "/users/" + john.getEmail(), null);
		assertThat(defaultWorkspace.status()).isEqualTo(409);
		assertThat(defaultWorkspace.detail()).isEqualTo("User cannot be removed from their default workspace");
		assertThat(ApiClient.of(baseUrl(), this.tokens, this.users.user("Other")).post(users, email).status())
			.isEqualTo(404);
	}

	@Test
	void missingUnknownOrRevokedTokenThen401Problem() throws Exception {
		User steve = this.users.user("Steve");
		ApiTokenService.CreatedToken token = this.tokens.create(steve.toActor(), "laptop");

		Response none = new ApiClient(baseUrl(), null).get("/api/v1/workspaces");
		assertThat(none.status()).isEqualTo(401);
		assertThat(none.contentType()).startsWith("application/problem+json");
		assertThat(none.detail()).contains("Authorization: Bearer");
		assertThat(new ApiClient(baseUrl(), "pdk_not-a-token").get("/api/v1/workspaces").status()).isEqualTo(401);
		assertThat(new ApiClient(baseUrl(), token.value()).get("/api/v1/workspaces").status()).isEqualTo(200);

		this.tokens.revoke(steve.toActor(), token.token().getId());

		assertThat(new ApiClient(baseUrl(), token.value()).get("/api/v1/workspaces").status()).isEqualTo(401);
	}

	@Test
	void unreadableBodyThen400ShowingABodyThisOperationTakes() throws Exception {
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, this.users.user("Steve"));

		Response current = api.send("PUT", "/api/v1/current-workspace", "{\"id\": \"four\"");

		assertThat(current.status()).isEqualTo(400);
		assertThat(current.contentType()).startsWith("application/problem+json");
		assertThat(current.detail())
			.isEqualTo("The request body is not valid JSON for this operation; send for example {\"id\": 4}.");
		assertThat(api.post("/api/v1/workspaces", "not json").detail()).contains("{\"name\": \"imdb-workspace\"}");
	}

	@Test
	void demoteOwnerFollowsTheLastOwnerRuleAndOnlyManagersMayDoIt() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addOwner(steve.toActor(), imdb.getId(), john.getEmail());
		this.memberships.addUser(steve.toActor(), imdb.getId(), mary.getEmail());
		String owners = "/api/v1/workspaces/" + imdb.getId() + "/owners/";

		Response byCollaborator = ApiClient.of(baseUrl(), this.tokens, mary)
			.send("DELETE", owners + john.getEmail(), null);
		assertThat(byCollaborator.status()).isEqualTo(403);
		assertThat(this.workspaces.access(john.toActor(), imdb.getId()).decide(Action.INVITE).allowed()).isTrue();

		Response demoted = ApiClient.of(baseUrl(), this.tokens, steve).send("DELETE", owners + john.getEmail(), null);
		assertThat(demoted.status()).isEqualTo(200);
		assertThat(demoted.json().get("name").asString()).isEqualTo(imdb.getName());
		assertThat(this.workspaces.access(john.toActor(), imdb.getId()).decide(Action.INVITE).allowed()).isFalse();
		assertThat(this.workspaces.findByName(john.toActor(), imdb.getName())).isPresent();
		Response members = ApiClient.of(baseUrl(), this.tokens, mary)
			.get("/api/v1/workspaces/" + imdb.getId() + "/users");
		assertThat(members.status()).isEqualTo(200);
		Map<String, String> roles = new HashMap<>();
		members.json().forEach((member) -> roles.put(member.get("email").asString(), member.get("role").asString()));
		assertThat(roles).containsExactlyInAnyOrderEntriesOf(
				Map.of(steve.getEmail(), "owner", john.getEmail(), "collaborator", mary.getEmail(), "collaborator"));

		Response lastOwner = ApiClient.of(baseUrl(), this.tokens, steve)
			.send("DELETE", owners + steve.getEmail(), null);
		assertThat(lastOwner.status()).isEqualTo(409);
		assertThat(lastOwner.detail()).isEqualTo("Last owner of a workspace cannot be demoted");
		assertThat(this.workspaces.access(steve.toActor(), imdb.getId()).decide(Action.INVITE).allowed()).isTrue();

		User stranger = this.users.user("Stranger");
		Response nonMember = ApiClient.of(baseUrl(), this.tokens, steve)
			.send("DELETE", owners + stranger.getEmail(), null);
		assertThat(nonMember.status()).isEqualTo(404);
		assertThat(nonMember.detail())
			.isEqualTo("User " + stranger.getEmail() + " is not a member of workspace " + imdb.getName());
		assertThat(ApiClient.of(baseUrl(), this.tokens, steve).send("DELETE", owners + "nobody@ex.co", null).status())
			.isEqualTo(404);
	}

	@Test
	void leaveUnlessLastOwnerOrDefaultWorkspace() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		String leave = "/api/v1/workspaces/" + imdb.getId() + "/leave";

		Response lastOwner = ApiClient.of(baseUrl(), this.tokens, steve).post(leave, null);
		assertThat(lastOwner.status()).isEqualTo(409);
		assertThat(lastOwner.detail()).isEqualTo("Last owner of a workspace cannot leave it");
		assertThat(this.workspaces.findByName(steve.toActor(), imdb.getName())).isPresent();

		Response left = ApiClient.of(baseUrl(), this.tokens, john).post(leave, null);
		assertThat(left.status()).isEqualTo(204);
		assertThat(this.workspaces.findByName(john.toActor(), imdb.getName())).isEmpty();
		assertThat(ApiClient.of(baseUrl(), this.tokens, john).post(leave, null).status()).isEqualTo(404);

		Workspace johns = this.workspaces.defaultWorkspaceOf(john.getId());
		Response defaultWorkspace = ApiClient.of(baseUrl(), this.tokens, john)
			.post("/api/v1/workspaces/" + johns.getId() + "/leave", null);
		assertThat(defaultWorkspace.status()).isEqualTo(409);
		assertThat(defaultWorkspace.detail()).isEqualTo("User cannot be removed from their default workspace");
	}

	@Test
	void collaboratorCannotAddOrRemoveMembers() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		User mary = this.users.user("Mary");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.addUser(steve.toActor(), imdb.getId(), john.getEmail());
		String users = "/api/v1/workspaces/" + imdb.getId() + "/users";

		Response add = ApiClient.of(baseUrl(), this.tokens, john)
			.post(users, "{\"email\": \"" + mary.getEmail() + "\"}");
		assertThat(add.status()).isEqualTo(403);
		assertThat(add.contentType()).startsWith("application/problem+json");
		assertThat(this.workspaces.findByName(mary.toActor(), imdb.getName())).isEmpty();

		assertThat(ApiClient.of(baseUrl(), this.tokens, john)
			.send("DELETE", users + "/" + steve.getEmail(), null)
			.status()).isEqualTo(403);
		assertThat(this.workspaces.access(steve.toActor(), imdb.getId()).decide(Action.INVITE).allowed()).isTrue();
	}

	@Test
	void addOwnerOfNonMemberAddsAsOwnerAndUnknownOrMissingEmailIsRefused() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		String base = "/api/v1/workspaces/" + imdb.getId();

		assertThat(ApiClient.of(baseUrl(), this.tokens, steve)
			.post(base + "/owners", "{\"email\": \"" + john.getEmail() + "\"}")
			.status()).isEqualTo(200);
		assertThat(this.workspaces.access(john.toActor(), imdb.getId()).decide(Action.INVITE).allowed()).isTrue();

		Response unknownOwner = ApiClient.of(baseUrl(), this.tokens, steve)
			.post(base + "/owners", "{\"email\": \"nobody@ex.co\"}");
		assertThat(unknownOwner.status()).isEqualTo(404);
		assertThat(unknownOwner.detail()).isEqualTo("No user nobody@ex.co exists on this instance.");
		assertThat(
				ApiClient.of(baseUrl(), this.tokens, steve).send("DELETE", base + "/users/nobody@ex.co", null).status())
			.isEqualTo(404);
		Response missing = ApiClient.of(baseUrl(), this.tokens, steve).post(base + "/users", "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.detail()).contains("{\"email\": \"john@ex.co\"}");
		assertThat(ApiClient.of(baseUrl(), this.tokens, steve).post(base + "/owners", "{\"email\": \" \"}").status())
			.isEqualTo(400);
	}

	@Test
	void adminManagesMembersOfSomeoneElsesWorkspace() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		ApiClient admin = ApiClient.of(baseUrl(), this.tokens, this.users.admin("Ada"));
		String base = "/api/v1/workspaces/" + imdb.getId();

		assertThat(admin.post(base + "/users", "{\"email\": \"" + john.getEmail() + "\"}").status()).isEqualTo(200);
		assertThat(admin.post(base + "/owners", "{\"email\": \"" + john.getEmail() + "\"}").status()).isEqualTo(200);
		assertThat(admin.send("DELETE", base + "/owners/" + steve.getEmail(), null).status()).isEqualTo(200);
		assertThat(this.workspaces.access(steve.toActor(), imdb.getId()).decide(Action.INVITE).allowed()).isFalse();
		assertThat(admin.send("DELETE", base + "/users/" + steve.getEmail(), null).status()).isEqualTo(204);
		assertThat(this.workspaces.findByName(steve.toActor(), imdb.getName())).isEmpty();
	}

	@Test
	void disabledUsersTokenThen401() throws Exception {
		User steve = this.users.user("Steve");
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);
		assertThat(api.get("/api/v1/workspaces").status()).isEqualTo(200);

		this.accounts.disable(this.users.admin("Ada").toActor(), steve.getId());

		Response refused = api.get("/api/v1/workspaces");
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.contentType()).startsWith("application/problem+json");
	}

	@Test
	void repliesSetNoSessionCookie() throws Exception {
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, this.users.user("Steve"));

		Response ok = api.get("/api/v1/workspaces");
		Response refused = new ApiClient(baseUrl(), null).get("/api/v1/workspaces");
		Response problem = api.post("/api/v1/workspaces", "{\"name\": \"bad_name\"}");

		assertThat(ok.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(refused.headers().allValues("Set-Cookie")).isEmpty();
		assertThat(problem.headers().allValues("Set-Cookie")).isEmpty();
	}

}
