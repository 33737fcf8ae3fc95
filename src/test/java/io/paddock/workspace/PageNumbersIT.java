package io.paddock.workspace;

import io.paddock.account.ApiTokenService;
import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * Page numbers out of range, as typed into the address bar or sent by a script, show a
 * page instead of an error.
 */
class PageNumbersIT extends WebTest {

	private static final String HUGE = String.valueOf(Integer.MAX_VALUE);

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	ApiTokenService tokens;

	@Test
	void workspacesPagePastTheEndThenLastPage() throws Exception {
		User steve = this.users.user("Steve");
		this.workspaces.create(steve.toActor(), TestUsers.uniqueName("paged"));

		Page<?> listing = listing(this.mvc.perform(get("/workspaces").param("page", HUGE).with(signedInAs(steve)))
			.andExpect(status().isOk())
			.andExpect(view().name("workspaces/list"))
			.andReturn());

		assertThat(listing.getTotalElements()).isEqualTo(2);
		assertThat(listing.getNumber()).isEqualTo(listing.getTotalPages() - 1);
		assertThat(listing.getContent()).hasSize(2);
	}

	@Test
	void workspacesPageNegativeThenFirstPage() throws Exception {
		User steve = this.users.user("Steve");

		Page<?> listing = listing(this.mvc.perform(get("/workspaces").param("page", "-3").with(signedInAs(steve)))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(listing.getNumber()).isZero();
		assertThat(listing.getContent()).hasSize(1);
	}

	@Test
	void workspacesRowsForHtmxPastTheEndThenLastPage() throws Exception {
		User steve = this.users.user("Steve");

		Page<?> listing = listing(this.mvc
			.perform(get("/workspaces").param("page", HUGE).header("HX-Request", "true").with(signedInAs(steve)))
			.andExpect(status().isOk())
			.andExpect(view().name("workspaces/list :: listing"))
			.andReturn());

		assertThat(listing.getContent()).hasSize(1);
	}

	@Test
	void usersAndOutboxPagesPastTheEndOrNegativeThenShown() throws Exception {
		User admin = this.users.instanceAdmin();
		for (String page : new String[] { HUGE, "-3" }) {
			Page<?> users = (Page<?>) this.mvc.perform(get("/users").param("page", page).with(signedInAs(admin)))
				.andExpect(status().isOk())
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("users");
			assertThat(users.getContent()).isNotEmpty();
			this.mvc.perform(get("/outbox").param("page", page).with(signedInAs(admin))).andExpect(status().isOk());
		}
	}

	@Test
	void apiListPastTheEndThenLastPageAndNegativeThenFirstPage() throws Exception {
		User steve = this.users.user("Steve");
		String token = this.tokens.create(steve.toActor(), "paging").value();

		this.mvc.perform(get("/api/v1/workspaces").param("page", HUGE).header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.workspaces.length()").value(1));
		this.mvc
			.perform(get("/api/v1/workspaces").param("page", HUGE)
				.param("size", "1")
				.header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.workspaces.length()").value(1));
		this.mvc.perform(get("/api/v1/workspaces").param("page", "-3").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.workspaces.length()").value(1));
	}

	private static Page<?> listing(MvcResult result) {
		return (Page<?>) result.getModelAndView().getModel().get("listing");
	}

}
