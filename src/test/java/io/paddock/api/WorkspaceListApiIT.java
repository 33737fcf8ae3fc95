package io.paddock.api;

import java.util.ArrayList;
import java.util.List;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.api.ApiClient.Response;
import io.paddock.support.BulkData;
import io.paddock.support.StatementCounter;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * list_workspaces pages like View Workspaces: 50 by default, up to 500 on request, with
 * the total and the link to the next page.
 */
class WorkspaceListApiIT extends WebTest {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void withoutParametersThenTheFirst50ByNameWithTotalAndNextLink() throws Exception {
		String prefix = TestUsers.uniqueName("bulk");
		User steve = userWith120Workspaces(prefix);

		Response first = ApiClient.of(baseUrl(), this.tokens, steve).get("/api/v1/workspaces");

		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("page").asInt()).isZero();
		assertThat(first.json().get("size").asInt()).isEqualTo(50);
		assertThat(first.json().get("total").asLong()).isEqualTo(121);
		assertThat(first.json().get("next").asString()).isEqualTo("/api/v1/workspaces?page=1&size=50");
		assertThat(names(first)).hasSize(50).first().isEqualTo(prefix + "-000");
		assertThat(names(first)).last().isEqualTo(prefix + "-049");
	}

	@Test
	void followingTheNextLinksThenEveryWorkspaceOnceAndNoLinkOnTheLastPage() throws Exception {
		String prefix = TestUsers.uniqueName("bulk");
		User steve = userWith120Workspaces(prefix);
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);

		List<String> seen = new ArrayList<>();
		List<Integer> pages = new ArrayList<>();
		String next = "/api/v1/workspaces?size=40";
		Response page = null;
		while (next != null) {
			page = api.get(next);
			assertThat(page.status()).isEqualTo(200);
			seen.addAll(names(page));
			pages.add(page.json().get("page").asInt());
			next = page.json().get("next").isNull() ? null : page.json().get("next").asString();
		}

		assertThat(pages).containsExactly(0, 1, 2, 3);
		assertThat(seen).hasSize(121).doesNotHaveDuplicates().contains(steve.getEmail() + " - Default Workspace");
		assertThat(names(page)).containsExactly(steve.getEmail() + " - Default Workspace");
		assertThat(page.json().has("next")).isTrue();
	}

	@Test
	void pagePastTheEndThenTheLastPageAndNegativeThenTheFirst() throws Exception {
		String prefix = TestUsers.uniqueName("bulk");
		User steve = userWith120Workspaces(prefix);
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);

		Response past = api.get("/api/v1/workspaces?page=7&size=50");
		assertThat(past.json().get("page").asInt()).isEqualTo(2);
		assertThat(names(past)).hasSize(21);
		assertThat(past.json().get("next").isNull()).isTrue();

		Response negative = api.get("/api/v1/workspaces?page=-2&size=50");
		assertThat(negative.json().get("page").asInt()).isZero();
		assertThat(names(negative)).first().isEqualTo(prefix + "-000");
	}

	@Test
	void sizeOutside1To500ThenProblemNamingTheLimits() throws Exception {
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, this.users.user("Steve"));

		for (String size : List.of("501", "0", "-1")) {
			Response refused = api.get("/api/v1/workspaces?size=" + size);
			assertThat(refused.status()).as(size).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(refused.detail()).isEqualTo("The page size must be between 1 and 500; " + size + " was sent.");
		}
		Response notANumber = api.get("/api/v1/workspaces?page=two");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.detail()).isEqualTo("The value 'two' is not valid for page.");
		assertThat(api.get("/api/v1/workspaces?size=500").status()).isEqualTo(200);
		assertThat(api.get("/api/v1/workspaces?size=1").json().get("workspaces").size()).isEqualTo(1);
	}

	@Test
	void searchThenOnlyMatchingNamesAndTheNextLinkKeepsTheSearch() throws Exception {
		String prefix = TestUsers.uniqueName("bulk");
		User steve = userWith120Workspaces(prefix);
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);

		Response found = api.get("/api/v1/workspaces?q=" + prefix.toUpperCase() + "-1&size=5");

		assertThat(found.json().get("total").asLong()).isEqualTo(20);
		assertThat(names(found)).containsExactly(prefix + "-100", prefix + "-101", prefix + "-102", prefix + "-103",
				prefix + "-104");
		String next = found.json().get("next").asString();
		assertThat(next).isEqualTo("/api/v1/workspaces?page=1&size=5&q=" + prefix.toUpperCase() + "-1");
		assertThat(names(api.get(next))).first().isEqualTo(prefix + "-105");
		Response spaces = api.get("/api/v1/workspaces?q=default%20workspace&size=1");
		assertThat(names(spaces)).containsExactly(steve.getEmail() + " - Default Workspace");
	}

	@Test
	void searchWithCharactersThatNeedEncodingThenTheNextLinkEncodesThem() throws Exception {
		User steve = this.users.user("Steve");
		String name = TestUsers.uniqueName("encoded");
		this.workspaces.create(steve.toActor(), name + "-a");
		this.workspaces.create(steve.toActor(), name + "-b");
		ApiClient api = ApiClient.of(baseUrl(), this.tokens, steve);

		Response first = api.get("/api/v1/workspaces?q=%20" + name + "&size=1");

		assertThat(first.json().get("next").asString()).isEqualTo("/api/v1/workspaces?page=1&size=1&q=%20" + name);
		assertThat(names(api.get(first.json().get("next").asString()))).containsExactly(name + "-b");
		assertThat(api.get("/api/v1/workspaces?q=%26%2B%25_").json().get("total").asLong()).isZero();
	}

	@Test
	void memberSeesOnlyTheirWorkspacesAndAdminSeesAll() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		String steves = TestUsers.uniqueName("steves");
		new BulkData(this.jdbc).workspaces(steve.getId(), steves, 30);
		String johns = TestUsers.uniqueName("johns");
		this.workspaces.create(john.toActor(), johns);

		Response mine = ApiClient.of(baseUrl(), this.tokens, steve).get("/api/v1/workspaces?size=500");
		assertThat(mine.json().get("total").asLong()).isEqualTo(31);
		assertThat(names(mine)).hasSize(31)
			.doesNotContain(johns)
			.allMatch((name) -> name.startsWith(steves) || name.equals(steve.getEmail() + " - Default Workspace"));

		ApiClient admin = ApiClient.of(baseUrl(), this.tokens, this.users.admin("Ada"));
		assertThat(names(admin.get("/api/v1/workspaces?q=" + johns))).containsExactly(johns);
		long everyWorkspace = this.jdbc.queryForObject("select count(*) from workspaces", Long.class);
		assertThat(admin.get("/api/v1/workspaces").json().get("total").asLong()).isEqualTo(everyWorkspace);
	}

	@Test
	void aPageOf500TakesAsManyStatementsAsAPageOf50() throws Exception {
		User steve = this.users.user("Steve");
		new BulkData(this.jdbc).workspaces(steve.getId(), TestUsers.uniqueName("bulk"), 600);
		String token = this.tokens.create(steve.toActor(), "statements").value();

		long fifty = statementsFor(token, 50);
		long fiveHundred = statementsFor(token, 500);

		assertThat(fiveHundred).isEqualTo(fifty).isLessThanOrEqualTo(10);
	}

	private long statementsFor(String token, int size) throws Exception {
		this.mvc.perform(get("/api/v1/workspaces").param("size", "" + size).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());
		StatementCounter.reset();
		this.mvc.perform(get("/api/v1/workspaces").param("size", "" + size).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workspaces.length()").value(size));
		return StatementCounter.count();
	}

	/**
	 * A new user with the workspaces {@code <prefix>-000} to {@code <prefix>-119} besides
	 * their default one.
	 */
	private User userWith120Workspaces(String prefix) {
		User user = this.users.user("Steve");
		new BulkData(this.jdbc).workspaces(user.getId(), prefix, 120);
		return user;
	}

	private static List<String> names(Response page) {
		List<String> names = new ArrayList<>();
		for (JsonNode row : page.json().get("workspaces")) {
			names.add(row.get("name").asString());
		}
		return names;
	}

}
