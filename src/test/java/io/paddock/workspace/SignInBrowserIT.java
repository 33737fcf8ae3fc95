package io.paddock.workspace;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.WorkspacePage;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBrowserIT extends BrowserTest {

	@Test
	void signInThenLandOnMyWorkspace() {
		User steve = this.users.user("Steve");
		LoginPage login = LoginPage.open(this.browser, baseUrl());
		assertAccessible();

		WorkspacePage home = login.signInAs(steve.getEmail(), TestUsers.PASSWORD);

		assertThat(home.switcher().currentLabel()).isEqualTo("My Workspace");
		assertThat(home.name()).isEqualTo("My Workspace");
		assertThat(home.subtitle()).isEqualTo(steve.getEmail() + " - Default Workspace");
		assertAccessible();
	}

	@Test
	void signInWithWrongPasswordThenMessage() {
		User steve = this.users.user("Steve");

		LoginPage login = LoginPage.open(this.browser, baseUrl())
			.signInExpectingFailure(steve.getEmail(), "wrong-password");

		assertThat(login.alert()).contains("Wrong email or password");
		assertAccessible();
	}

}
