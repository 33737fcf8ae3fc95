package io.paddock.workspace;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.Wait;
import io.paddock.pages.WorkspacePage;
import io.paddock.pages.WorkspaceSwitcher;
import io.paddock.pages.WorkspacesPage;
import io.paddock.support.BrowserTest;
import io.paddock.support.BulkData;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspacesBrowserIT extends BrowserTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void switchFromPanelThenCurrentChangesWithoutFullReloadAndIsRemembered() {
		User steve = this.users.user("Steve");
		String imdb = TestUsers.uniqueName("imdb-workspace");
		this.workspaces.create(steve.toActor(), imdb);
		WorkspacePage home = signIn(steve);
		WorkspaceSwitcher switcher = home.switcher().open();
		assertThat(switcher.items()).containsExactly("My Workspace", imdb);
		assertAccessible();
		markPage();

		switcher.select(imdb);

		assertThat(pageWasNotReloaded()).isTrue();
		Wait.until(this.browser, (driver) -> imdb.equals(home.name()));
		this.browser.navigate().refresh();
		assertThat(home.name()).isEqualTo(imdb);
		assertThat(home.switcher().currentLabel()).isEqualTo(imdb);
	}

	@Test
	void viewWorkspacesFromBottomOfPanelThenCreateShowsNewRowInPlaceWithCreatorAsOwner() {
		User steve = this.users.user("Steve");
		WorkspacesPage list = signIn(steve).switcher().viewWorkspaces();
		assertThat(list.summary()).isEqualTo("Showing 1–1 of 1");
		markPage();
		String name = TestUsers.uniqueName("ccfraud-workspace");

		list.create(name);

		assertThat(pageWasNotReloaded()).isTrue();
		list.assertListed(name);
		assertThat(list.summary()).isEqualTo("Showing 1–2 of 2");
		assertThat(list.justCreated()).isEqualTo(name);
		assertThat(list.ownersOf(name)).isEqualTo("Steve");
		assertThat(this.browser.findElement(By.cssSelector("#create-form .alert")).getText()).contains(name);
		assertThat(this.browser.findElement(By.id("workspace-name")).getDomProperty("value")).isEmpty();
		assertAccessible();
	}

	@Test
	void createWithBadOrTakenNameThenErrorBesideTheBox() {
		User steve = this.users.user("Steve");
		String taken = TestUsers.uniqueName("aloha-workspace");
		this.workspaces.create(this.users.user("John").toActor(), taken);
		WorkspacesPage list = signIn(steve).switcher().viewWorkspaces();

		list.create("bad_name");
		assertThat(list.nameError())
			.isEqualTo("Workspace name must be DNS-compatible (ASCII alpha-numeric plus dash (-)): "
					+ "the underscore '_' at position 4 is not allowed.");
		assertThat(this.browser.findElement(By.id("workspace-name")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertAccessible();
		screenshot("create-error");

		list.create(taken.toUpperCase());
		assertThat(list.nameError()).isEqualTo("The workspace name " + taken.toUpperCase() + " is already taken.");
		assertThat(list.names()).doesNotContain(taken);
	}

	@Test
	void searchAndPagesNarrowTheList() {
		User steve = this.users.user("Steve");
		String prefix = numbered(steve, "team", 23);
		this.workspaces.create(steve.toActor(), TestUsers.uniqueName("demandcurve-workspace"));
		WorkspacesPage list = signIn(steve).switcher().viewWorkspaces();
		assertThat(list.summary()).isEqualTo("Showing 1\u201320 of 25");
		assertAccessible();

		list.nextPage();
		assertThat(list.summary()).isEqualTo("Showing 21\u201325 of 25");

		list.search(prefix + "-1");
		assertThat(list.names()).hasSize(10).allMatch((name) -> name.startsWith(prefix + "-1"));
		assertThat(this.browser.getCurrentUrl()).contains("q=" + prefix + "-1");

		list.create(prefix + "-zz");
		assertThat(list.summary()).isEqualTo("Showing 1\u201310 of 10");
		assertThat(list.names()).hasSize(11).first().isEqualTo(prefix + "-zz");
		assertThat(list.justCreated()).isEqualTo(prefix + "-zz");
	}

	@Test
	void anAdminsSearchOverManyPagesIsNotCountedUntilItsLastPage() {
		User steve = this.users.user("Steve");
		String prefix = numbered(steve, "fraud", 25);
		WorkspacesPage list = signIn(this.users.admin("Ada")).switcher().viewWorkspaces().search(prefix);

		assertThat(list.summary()).isEqualTo("Showing 1\u201320 of many");
		assertThat(list.pagePosition()).isEqualTo("Page 1");
		assertThat(list.names()).hasSize(20).first().isEqualTo(prefix + "-01");
		screenshot("search-of-many");

		list.nextPage();
		assertThat(list.summary()).isEqualTo("Showing 21\u201325 of 25");
		assertThat(list.pagePosition()).isEqualTo("Page 2 of 2");
		assertThat(list.names()).containsExactly(prefix + "-21", prefix + "-22", prefix + "-23", prefix + "-24",
				prefix + "-25");

		this.browser.get(baseUrl() + "/workspaces?q=" + prefix + "&page=7");
		assertThat(list.summary()).isEqualTo("Showing 21\u201325 of 25");
	}

	@Test
	void anAdminPagesThroughTheWholeListByNameAndTheAddressKeepsThePage() {
		new BulkData(this.jdbc).workspaces(this.users.user("Steve").getId(), TestUsers.uniqueName("paged"), 60);
		WorkspacesPage list = signIn(this.users.admin("Ada")).switcher().viewWorkspaces();
		List<String> second = list.nextPage().names();
		List<String> third = list.nextPage().names();

		assertThat(list.pagePosition()).startsWith("Page 3 of ");
		assertThat(this.browser.getCurrentUrl()).contains("page=2").contains("after=");
		assertThat(list.previousPage().names()).isEqualTo(second);
		assertThat(URLDecoder.decode(this.browser.getCurrentUrl(), StandardCharsets.UTF_8)).contains("page=1")
			.contains("before=" + third.get(0));

		this.browser.navigate().refresh();
		assertThat(list.names()).isEqualTo(second);
		this.browser.get(baseUrl() + "/workspaces?page=2");
		assertThat(list.names()).isEqualTo(third);
	}

	@Test
	void panelWithManyWorkspacesOffersFilter() {
		User steve = this.users.user("Steve");
		IntStream.rangeClosed(1, 9)
			.forEach((i) -> this.workspaces.create(steve.toActor(), TestUsers.uniqueName("ws" + i)));
		String wanted = TestUsers.uniqueName("needle");
		this.workspaces.create(steve.toActor(), wanted);
		WorkspaceSwitcher switcher = signIn(steve).switcher();

		switcher.filter("needle");

		assertThat(switcher.items()).containsExactly(wanted);
		assertAccessible();
		switcher.select(wanted);
	}

	@Test
	void switchByKeyboardAlone() {
		User steve = this.users.user("Steve");
		String target = TestUsers.uniqueName("keyboard");
		this.workspaces.create(steve.toActor(), target);
		WorkspacePage home = signIn(steve);
		this.browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

		focused().sendKeys(Keys.TAB);
		assertThat(focused().getText()).contains("My Workspace");
		focused().sendKeys(Keys.ENTER);
		assertThat(this.browser.findElement(By.cssSelector("#workspace-nav details")).getDomAttribute("open"))
			.isNotNull();
		Wait.until(this.browser, (driver) -> focused().getDomAttribute("class").contains("switcher-item"));
		assertThat(focused().getText()).contains("My Workspace");
		focused().sendKeys(Keys.ARROW_DOWN);
		assertThat(focused().getText()).isEqualTo(target);
		focused().sendKeys(Keys.END);
		assertThat(focused().getText()).isEqualTo("View Workspaces");
		focused().sendKeys(Keys.HOME);
		assertThat(focused().getText()).contains("My Workspace");
		focused().sendKeys(Keys.ARROW_UP);
		assertThat(focused().getText()).isEqualTo("View Workspaces");
		focused().sendKeys(Keys.ARROW_UP);
		assertThat(focused().getText()).isEqualTo(target);
		focused().sendKeys(Keys.ENTER);

		Wait.until(this.browser, (driver) -> target.equals(home.switcher().currentLabel()));
		Wait.until(this.browser, (driver) -> target.equals(home.name()));
		Wait.until(this.browser, (driver) -> "workspace-heading".equals(focused().getDomAttribute("id")));
	}

	@Test
	void switcherClosesWithEscapeAndWhenTabLeavesIt() {
		User steve = this.users.user("Steve");
		signIn(steve);
		WebElement summary = this.browser.findElement(By.cssSelector("#workspace-nav summary"));

		summary.sendKeys(Keys.ENTER);
		Wait.until(this.browser, (driver) -> focused().getDomAttribute("class").contains("switcher-item"));
		focused().sendKeys(Keys.ESCAPE);
		assertThat(switcherOpen()).isFalse();
		assertThat(focused()).isEqualTo(summary);

		summary.sendKeys(Keys.ARROW_DOWN);
		Wait.until(this.browser, (driver) -> focused().getDomAttribute("class").contains("switcher-item"));
		focused().sendKeys(Keys.TAB);
		assertThat(switcherOpen()).isFalse();
	}

	@Test
	void createInPlaceThenSwitcherListsItAndFocusIsOnTheNewRow() {
		User steve = this.users.user("Steve");
		WorkspacesPage list = signIn(steve).switcher().viewWorkspaces();
		assertThat(this.browser.findElement(By.linkText("View Workspaces")).getDomAttribute("aria-current"))
			.isEqualTo("page");
		assertThat(list.currentMarked()).isEqualTo(steve.getEmail() + " - Default Workspace");
		markPage();
		String name = TestUsers.uniqueName("switcher-fresh");

		list.create(name);

		Wait.until(this.browser, (driver) -> name.equals(focused().getText()));
		WorkspaceSwitcher switcher = list.switcher().open();
		Wait.until(this.browser, (driver) -> switcher.items().contains(name));
		assertThat(pageWasNotReloaded()).isTrue();
	}

	@Test
	void signOutThenBackAtLogin() {
		User steve = this.users.user("Steve");

		signIn(steve).signOut();

		assertThat(this.browser.getCurrentUrl()).endsWith("/login?logout");
		this.browser.get(baseUrl() + "/");
		assertThat(this.browser.getCurrentUrl()).endsWith("/login");
	}

	private WorkspacePage signIn(User user) {
		return LoginPage.open(this.browser, baseUrl()).signInAs(user.getEmail(), TestUsers.PASSWORD);
	}

	private boolean switcherOpen() {
		return this.browser.findElement(By.cssSelector("#workspace-nav details")).getDomAttribute("open") != null;
	}

	private void markPage() {
		((JavascriptExecutor) this.browser).executeScript("window.paddockMarker = true;");
	}

	private boolean pageWasNotReloaded() {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) this.browser).executeScript("return window.paddockMarker === true;"));
	}

	/**
	 * Workspaces named after a new prefix, {@code <prefix>-01} to
	 * {@code <prefix>-<count>}; answers the prefix.
	 */
	private String numbered(User owner, String name, int count) {
		String prefix = TestUsers.uniqueName(name);
		IntStream.rangeClosed(1, count)
			.forEach((i) -> this.workspaces.create(owner.toActor(), prefix + "-" + String.format("%02d", i)));
		return prefix;
	}

}
