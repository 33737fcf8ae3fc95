package io.paddock.account;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import io.paddock.pages.AccountPage;
import io.paddock.pages.ForgotPasswordPage;
import io.paddock.pages.LoginPage;
import io.paddock.pages.SetPasswordPage;
import io.paddock.pages.UsersPage;
import io.paddock.support.BrowserTest;
import io.paddock.support.Mailbox;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account lifecycle as people click it: the admin adds a user who activates their
 * account from the email; Forgot password? resets it; the Account page changes it.
 */
class AccountBrowserIT extends BrowserTest {

	private static final Pattern LINK = Pattern
		.compile("http://localhost:8080/password/(activation|reset)\\?token=\\S+");

	private static final String NEW_PASSWORD = "kestrel-lighthouse-92";

	@Autowired
	ApiTokenService tokens;

	@Test
	void adminAddsAUserWithoutPasswordWhoActivatesTheAccountFromTheEmailAndSignsIn() {
		LoginPage.open(this.browser, baseUrl()).signInAs(TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		String email = "mia-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		UsersPage users = UsersPage.open(this.browser, baseUrl()).add(email, "Mia", "User", "");
		assertThat(users.notice()).isEqualTo("Added " + email + " and emailed them a link to set their password.");
		users.search(email);
		assertAccessible();
		screenshot("users-with-password-links");
		this.browser.manage().deleteAllCookies();

		MimeMessage mail = Mailbox.await(mailServer, email, 1).get(0);
		SetPasswordPage activation = SetPasswordPage.open(this.browser, baseUrl(), Mailbox.link(mail, LINK));
		assertThat(activation.heading()).isEqualTo("Activate your account");
		assertThat(activation.intro()).contains("Welcome, Mia").contains(email);
		assertAccessible();
		screenshot("activation");

		assertThat(activation.setPasswordExpectingError("password1234")).contains("breached-password lists");
		assertAccessible();
		screenshot("activation-refused");
		LoginPage login = activation.setPassword(NEW_PASSWORD);
		assertThat(login.alert()).isEqualTo("Your password is set. Sign in with it.");
		login.signInAs(email, NEW_PASSWORD);

		this.browser.manage().deleteAllCookies();
		SetPasswordPage used = SetPasswordPage.open(this.browser, baseUrl(), Mailbox.link(mail, LINK));
		assertThat(used.problem()).startsWith("This link has already been used");
		assertAccessible();
		screenshot("link-used");
	}

	@Test
	void forgotPasswordMailsAResetLinkThatSetsANewPassword() {
		User john = this.users.user("John");
		LoginPage login = LoginPage.open(this.browser, baseUrl());
		assertAccessible();
		screenshot("sign-in");

		ForgotPasswordPage forgot = login.forgotPassword().requestLinkFor(john.getEmail());
		assertThat(forgot.notice()).startsWith("If an account uses this email");
		assertAccessible();
		screenshot("forgot-password");

		MimeMessage mail = Mailbox.await(mailServer, john.getEmail(), 1).get(0);
		SetPasswordPage reset = SetPasswordPage.open(this.browser, baseUrl(), Mailbox.link(mail, LINK));
		assertThat(reset.heading()).isEqualTo("Choose a new password");
		assertAccessible();
		screenshot("reset");

		reset.setPassword(NEW_PASSWORD).signInAs(john.getEmail(), NEW_PASSWORD);
		this.browser.manage().deleteAllCookies();
		LoginPage.open(this.browser, baseUrl()).signInExpectingFailure(john.getEmail(), TestUsers.PASSWORD);
	}

	@Test
	void accountPageShowsTheTokensAndChangesThePassword() {
		User john = this.users.user("John");
		this.tokens.create(john.toActor(), "laptop");
		LoginPage.open(this.browser, baseUrl()).signInAs(john.getEmail(), TestUsers.PASSWORD);

		AccountPage account = AccountPage.openFromTopBar(this.browser);
		assertThat(account.email()).isEqualTo(john.getEmail());
		assertThat(account.tokenNames()).containsExactly("laptop");
		assertAccessible();
		screenshot("account");

		account = account.changePassword("not-my-password-at-all", NEW_PASSWORD);
		assertThat(account.fieldError("currentPassword")).isEqualTo("This is not your current password.");
		account = account.changePassword(TestUsers.PASSWORD, "John-" + NEW_PASSWORD);
		assertThat(account.fieldError("newPassword")).isEqualTo("Choose a password that does not contain your name.");
		screenshot("account-refused");

		account = account.changePassword(TestUsers.PASSWORD, NEW_PASSWORD);
		assertThat(account.notice()).startsWith("Your password is changed.");
		assertAccessible();
		screenshot("account-changed");
	}

}
