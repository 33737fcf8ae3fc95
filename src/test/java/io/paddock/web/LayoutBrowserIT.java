package io.paddock.web;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import io.paddock.account.User;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.PipelineService;
import io.paddock.catalog.StepRequest;
import io.paddock.pages.LoginPage;
import io.paddock.pages.MemberMenu;
import io.paddock.pages.Wait;
import io.paddock.pages.WorkspacePage;
import io.paddock.support.Browser;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import io.paddock.support.Viewport;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page and dialog from a 360 px phone to a 1366 px desktop: no sideways page scroll
 * on a phone, the top bar's links folded into a Menu button, dialogs inside the screen.
 * Each page is scanned for accessibility and photographed at 390 and 1366 px.
 */
class LayoutBrowserIT extends BrowserTest {

	private static final int[] PHONES = { Viewport.NARROWEST, Viewport.PHONE };

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	ModelService models;

	@Autowired
	PipelineService pipelines;

	@Test
	void everyPageFitsAPhoneAndADesktop() {
		User ada = this.users.admin("Ada");
		User john = this.users.user("Jonathan-Alexander-Worthington");
		Workspace workspace = this.workspaces.create(ada.toActor(),
				TestUsers.uniqueName("fraud-detection-models-for-the-payments-team"));
		this.memberships.addUser(ada.toActor(), workspace.getId(), john.getEmail());
		upload(ada, workspace, "embedder-o", "sentence-embedder-multilingual-large-finetuned-2026-03-30.onnx");
		upload(ada, workspace, "smodel-o", "smodel.py");
		this.pipelines.createPipeline(ada.toActor(), workspace.getId(), "imdb-pipeline",
				List.of(new StepRequest("embedder-o", "latest"), new StepRequest("smodel-o", "latest")));
		String ws = baseUrl() + "/workspaces/" + workspace.getId();

		this.browser.get(baseUrl() + "/login");
		check("login");
		WorkspacePage home = LoginPage.open(this.browser, baseUrl()).signInAs(ada.getEmail(), TestUsers.PASSWORD);
		assertThat(home.name()).isEqualTo("My Workspace");
		check("workspace-fresh");

		home = WorkspacePage.open(this.browser, baseUrl(), workspace.getId());
		check("workspace");
		onPhone(() -> {
			this.browser.findElement(By.id("nav-toggle")).click();
			Wait.until(this.browser, (driver) -> driver.findElement(By.id("account-nav")).isDisplayed());
			assertThat(this.browser.findElement(By.linkText("View Workspaces")).isDisplayed()).isTrue();
			assertNoSidewaysScroll("navigation-menu");
		});
		screenshot("navigation-menu");
		onPhone(() -> {
			this.browser.findElement(By.id("nav-toggle")).click();
			Wait.until(this.browser, (driver) -> !driver.findElement(By.id("account-nav")).isDisplayed());
		});
		assertThat(this.browser.findElement(By.id("nav-toggle")).isDisplayed()).isFalse();

		home.switcher().open();
		check("switcher-open");
		this.browser.findElement(By.cssSelector("#workspace-nav summary")).click();

		MemberMenu menu = home.menuOf(john.getEmail());
		check("member-menu");
		menu.removeFromWorkspace();
		check("remove-confirmation");
		assertDialogFits();
		this.browser.findElement(By.cssSelector(".confirm [data-close-dialog]")).click();

		home.inviteUsers();
		check("invite-dialog");
		assertDialogFits();

		page(baseUrl() + "/workspaces", "workspaces-list");
		page(ws + "/models", "models");
		page(ws + "/models/embedder-o", "model-history");
		page(ws + "/pipelines", "pipelines");
		page(ws + "/invitations", "invite-page");
		page(ws + "/members/" + john.getId() + "/removal", "confirm-page");
		page(baseUrl() + "/users", "users");
		page(baseUrl() + "/tokens", "api-tokens");
		page(baseUrl() + "/outbox", "outbox");
		this.browser.findElement(By.cssSelector("#outbox tbody a")).click();
		Wait.until(this.browser, (driver) -> driver.findElement(By.cssSelector(".email-body")).isDisplayed());
		check("invitation-email");
		page(baseUrl() + "/workspaces/999999999", "not-found");
	}

	@Test
	void withoutJavaScriptTheTopBarShowsItsLinksOnAPhone() {
		User steve = this.users.user("Steve");
		this.browser = Browser.withoutJavaScript();
		this.browser.get(baseUrl() + "/login");
		this.browser.manage().deleteAllCookies();
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);

		onPhone(() -> {
			assertThat(this.browser.findElement(By.id("nav-toggle")).isDisplayed()).isFalse();
			assertThat(this.browser.findElement(By.linkText("View Workspaces")).isDisplayed()).isTrue();
			assertNoSidewaysScroll("workspace without JavaScript");
		});
	}

	private void page(String url, String name) {
		this.browser.get(url);
		Wait.until(this.browser, (driver) -> driver.findElement(By.cssSelector("main h1")).isDisplayed());
		check(name);
	}

	/**
	 * The current page at each phone width: no sideways scroll; then the accessibility
	 * scan and the screenshots.
	 */
	private void check(String name) {
		for (int width : PHONES) {
			Viewport.at(this.browser, width, () -> {
				assertNoSidewaysScroll(name);
				return null;
			});
		}
		assertAccessible();
		screenshot(name);
	}

	private void assertNoSidewaysScroll(String name) {
		assertThat(Viewport.horizontalOverflow(this.browser))
			.as(() -> name + " scrolls sideways at " + innerWidth() + " px: " + widest())
			.isZero();
	}

	private void assertDialogFits() {
		for (int width : PHONES) {
			Viewport.at(this.browser, width, () -> {
				@SuppressWarnings("unchecked")
				Map<String, Number> box = (Map<String, Number>) js(
						"const r = document.getElementById('app-dialog').getBoundingClientRect();"
								+ "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};");
				assertThat(box.get("left").doubleValue()).as("dialog's left edge at %d px", width)
					.isGreaterThanOrEqualTo(0);
				assertThat(box.get("right").doubleValue()).as("dialog's right edge at %d px", width)
					.isLessThanOrEqualTo(width);
				assertNoSidewaysScroll("dialog");
				return null;
			});
		}
	}

	private void onPhone(Runnable action) {
		Viewport.at(this.browser, Viewport.PHONE, () -> {
			action.run();
			return null;
		});
	}

	private Object js(String script) {
		WebDriver driver = this.browser;
		return Browser.withTestScripts(driver, () -> ((JavascriptExecutor) driver).executeScript(script));
	}

	private long innerWidth() {
		return (Long) js("return window.innerWidth;");
	}

	/**
	 * The elements that reach past the right edge, to say what overflows.
	 */
	private Object widest() {
		return js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right"
				+ " > window.innerWidth + 0.5).slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className"
				+ " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');");
	}

	private void upload(User user, Workspace workspace, String name, String fileName) {
		byte[] content = new byte[2048];
		this.models.upload(user.toActor(), workspace.getId(), name, fileName, content.length,
				new ByteArrayInputStream(content));
	}

}
