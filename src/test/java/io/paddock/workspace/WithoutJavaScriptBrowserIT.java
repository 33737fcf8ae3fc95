package io.paddock.workspace;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.WorkspacePage;
import io.paddock.pages.WorkspacesPage;
import io.paddock.support.Browser;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every flow works as plain form posts when the browser runs no JavaScript.
 */
class WithoutJavaScriptBrowserIT extends BrowserTest {

	@Autowired
	WorkspaceService workspaces;

	@BeforeEach
	void browserWithoutJavaScript() {
		this.browser = Browser.withoutJavaScript();
		this.browser.get(baseUrl() + "/login");
		this.browser.manage().deleteAllCookies();
	}

	@Test
	void javaScriptIsReallyOff() {
		this.browser.get(baseUrl() + "/login");
		this.browser.findElement(By.id("email"));
		this.browser.get(
				"data:text/html,<p id=out>static</p><script>document.getElementById('out').textContent='ran'</script>");
		assertThat(this.browser.findElement(By.id("out")).getText()).isEqualTo("static");
	}

	@Test
	void switchCreateAndSeeNameErrorWithPlainFormPosts() {
		User steve = this.users.user("Steve");
		String imdb = TestUsers.uniqueName("imdb-workspace");
		this.workspaces.create(steve.toActor(), imdb);
		WorkspacePage home = LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);

		home.switcher().select(imdb);
		assertThat(home.name()).isEqualTo(imdb);

		WorkspacesPage list = home.switcher().viewWorkspaces();
		String created = TestUsers.uniqueName("plain-post");
		list.create(created);
		assertThat(this.browser.getCurrentUrl()).endsWith("/workspaces");
		list.assertListed(created);

		list.create("1-starts-with-digit");
		assertThat(list.nameError()).endsWith("it must start with a letter.");
	}

}
