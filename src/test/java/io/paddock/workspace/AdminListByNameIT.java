package io.paddock.workspace;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.account.User;
import io.paddock.support.BulkData;
import io.paddock.support.StatementCounter;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's whole list is paged by name: Next and Previous say the name their page
 * starts after or ends before, and lead to the same rows as the page numbers they show.
 */
class AdminListByNameIT extends WebTest {

	private static final Pattern NEXT = Pattern.compile("rel=\"next\" href=\"([^\"]+)\"");

	private static final Pattern PREVIOUS = Pattern.compile("rel=\"prev\" href=\"([^\"]+)\"");

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void nextAndPreviousLeadToTheRowsOfThePageNumbersTheyShow() throws Exception {
		User admin = enoughWorkspacesForFivePages();

		String link = "/workspaces";
		for (int page = 0; page < 4; page++) {
			Listed shown = open(admin, link);
			assertThat(shown.page().getNumber()).isEqualTo(page);
			assertThat(shown.names()).isEqualTo(open(admin, "/workspaces?page=" + page).names());
			link = shown.next();
			assertThat(decoded(link)).contains("page=" + (page + 1)).contains("after=" + shown.names().get(19));
		}
		for (int page = 4; page > 0; page--) {
			Listed shown = open(admin, link);
			assertThat(shown.page().getNumber()).isEqualTo(page);
			assertThat(shown.names()).isEqualTo(open(admin, "/workspaces?page=" + page).names());
			link = shown.previous();
			if (page > 1) {
				assertThat(decoded(link)).contains("page=" + (page - 1)).contains("before=" + shown.names().get(0));
			}
			else {
				assertThat(link).contains("page=0").doesNotContain("before=");
			}
		}
		assertThat(htmx(admin, link).names()).isEqualTo(open(admin, "/workspaces?page=0").names());
	}

	@Test
	void nextAndPreviousReadTheirPageFromTheNameTheyGive() throws Exception {
		User admin = enoughWorkspacesForFivePages();
		Listed second = open(admin, open(admin, "/workspaces").next());

		StatementCounter.reset();
		open(admin, second.next());
		assertThat(StatementCounter.statements()).anyMatch((sql) -> sql.contains("name_key>?"))
			.noneMatch((sql) -> sql.contains("offset"));
		StatementCounter.reset();
		open(admin, open(admin, second.next()).previous());
		assertThat(StatementCounter.statements()).anyMatch((sql) -> sql.contains("name_key<?"))
			.noneMatch((sql) -> sql.contains("offset"));
	}

	@Test
	void aDefaultWorkspacesNameIsAPositionToo() throws Exception {
		User admin = enoughWorkspacesForFivePages();
		String defaultName = this.jdbc.queryForObject("select name from workspaces where default_for = ?", String.class,
				this.users.user("Aaron").getId());
		List<String> following = this.jdbc.queryForList(
				"select name from workspaces where name_key > ? order by name_key fetch first 20 rows only",
				String.class, defaultName.toLowerCase(Locale.ROOT));

		Listed shown = open(admin, "/workspaces?page=2&after=" + encode(defaultName));

		assertThat(shown.names()).isEqualTo(following);
		assertThat(decoded(shown.previous())).contains("before=" + following.get(0));
	}

	@Test
	void positionThatNoNameCouldHaveOrThatLeavesTooFewRowsThenThePageNumberDecides() throws Exception {
		User admin = enoughWorkspacesForFivePages();
		List<String> second = open(admin, "/workspaces?page=1").names();
		String first = open(admin, "/workspaces?page=0").names().get(0);

		assertThat(open(admin, "/workspaces?page=1&after=" + "x".repeat(401)).names()).isEqualTo(second);
		assertThat(open(admin, "/workspaces?page=1&after=").names()).isEqualTo(second);
		assertThat(open(admin, "/workspaces?page=1&before=" + encode(first)).names()).isEqualTo(second);
	}

	@Test
	void searchedAndMembersListsArePagedByNumberAlone() throws Exception {
		User admin = enoughWorkspacesForFivePages();
		User steve = this.users.user("Steve");
		String last = open(admin, "/workspaces?page=0").names().get(19);

		Listed searched = open(admin, "/workspaces?q=-&page=0");
		assertThat(searched.next()).doesNotContain("after=");
		assertThat(open(admin, "/workspaces?q=-&page=0&after=" + last).names()).isEqualTo(searched.names());
		assertThat(open(steve, "/workspaces?page=0&after=" + last).names())
			.isEqualTo(open(steve, "/workspaces").names());
	}

	private User enoughWorkspacesForFivePages() {
		User admin = this.users.instanceAdmin();
		new BulkData(this.jdbc).workspaces(this.users.user("Owner").getId(), TestUsers.uniqueName("byname"), 100);
		return admin;
	}

	private static String decoded(String link) {
		return URLDecoder.decode(link, StandardCharsets.UTF_8);
	}

	private static String encode(String name) {
		return URLEncoder.encode(name, StandardCharsets.UTF_8);
	}

	private Listed open(User user, String link) throws Exception {
		return listed(
				this.mvc.perform(get(URI.create(link)).with(signedInAs(user))).andExpect(status().isOk()).andReturn());
	}

	private Listed htmx(User user, String link) throws Exception {
		return listed(this.mvc.perform(get(URI.create(link)).header("HX-Request", "true").with(signedInAs(user)))
			.andExpect(status().isOk())
			.andReturn());
	}

	private static Listed listed(MvcResult result) throws Exception {
		return new Listed((Slice<?>) result.getModelAndView().getModel().get("listing"),
				result.getResponse().getContentAsString());
	}

	private record Listed(Slice<?> page, String html) {

		List<String> names() {
			return this.page.getContent().stream().map((row) -> ((WorkspaceListing) row).name()).toList();
		}

		String next() {
			return link(NEXT);
		}

		String previous() {
			return link(PREVIOUS);
		}

		private String link(Pattern pattern) {
			Matcher link = pattern.matcher(this.html);
			assertThat(link.find()).as(pattern.pattern()).isTrue();
			return link.group(1).replace("&amp;", "&");
		}

	}

}
