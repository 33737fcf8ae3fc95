package io.paddock.account;

import java.util.UUID;

import io.paddock.pages.LoginPage;
import io.paddock.pages.UsersPage;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UsersBrowserIT extends BrowserTest {

	@Test
	void adminAddsAndDisablesAUserWhoThenCannotSignIn() {
		LoginPage.open(this.browser, baseUrl()).signInAs(TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		UsersPage users = UsersPage.open(this.browser, baseUrl());
		String email = "mia-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";

		users.add(email, "Mia", "User", "kestrel-lighthouse-92");
		assertThat(users.notice()).isEqualTo("Added " + email + ".");
		users.search(email);
		assertThat(users.statusOf(email)).isEqualTo("Enabled");
		assertAccessible();

		users.disable(email);
		assertThat(users.statusOf(email)).isEqualTo("Disabled");

		this.browser.manage().deleteAllCookies();
		LoginPage login = LoginPage.open(this.browser, baseUrl())
			.signInExpectingFailure(email, "kestrel-lighthouse-92");
		assertThat(login.alert()).contains("disabled");
	}

	@Test
	void addWithMissingFieldsThenErrorsBesideThem() {
		LoginPage.open(this.browser, baseUrl()).signInAs(TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		UsersPage users = UsersPage.open(this.browser, baseUrl());

		users.add("not-an-email", "", "User", "short");

		assertThat(users.fieldError("email")).isEqualTo("Enter a valid email address.");
		assertThat(users.fieldError("displayName")).isEqualTo("Enter a display name.");
		assertThat(users.fieldError("password")).isEqualTo("Use at least 12 characters.");
		assertAccessible();
	}

	@Test
	void addWithEmailOfExistingUserInOtherCaseThenRefused() {
		LoginPage.open(this.browser, baseUrl()).signInAs(TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		UsersPage users = UsersPage.open(this.browser, baseUrl());

		users.add(TestUsers.ADMIN_EMAIL.toUpperCase(), "Copy", "Admin", "kestrel-lighthouse-92");

		assertThat(users.fieldError("email")).contains("already exists");
	}

}
