package io.paddock.account;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import io.paddock.support.Mailbox;
import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.ResultActions;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Activation and reset links through the outbox and a real SMTP server: one use each,
 * expiry, the same answer for unknown emails, a limit on reset emails; and the Account
 * page's password change.
 */
class PasswordLinksIT extends WebTest {

	private static final Pattern LINK = Pattern
		.compile("http://localhost:8080/password/(activation|reset)\\?token=\\S+");

	private static final String NEW_PASSWORD = "kestrel-lighthouse-92";

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordService passwords;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void userAddedWithoutPasswordGetsAnActivationLinkThatSetsThePasswordOnce() throws Exception {
		User mia = addWithoutPassword("Mia");
		MimeMessage mail = Mailbox.await(mailServer, mia.getEmail(), 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Your Paddock account is ready: set your password");
		String link = Mailbox.link(mail, LINK);
		assertThat(link).contains("/password/activation?token=");

		this.mvc.perform(get(path(link)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Welcome, Mia")));
		set(link, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));

		assertThat(this.accounts.get(mia.getId()).isActivated()).isTrue();
		SignedInClient.signIn(baseUrl(), mia.getEmail(), NEW_PASSWORD);
		set(link, "another-kestrel-lighthouse").andExpect(status().isOk())
			.andExpect(content().string(containsString("This link has already been used")));
		SignedInClient.signIn(baseUrl(), mia.getEmail(), NEW_PASSWORD);
	}

	@Test
	void userWithoutPasswordCannotSignInBeforeActivation() throws Exception {
		User mia = addWithoutPassword("Mia");

		for (String password : new String[] { "", NEW_PASSWORD }) {
			this.mvc.perform(post("/login").param("email", mia.getEmail()).param("password", password).with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}
	}

	@Test
	void weakPasswordOnTheLinkPageIsRefusedNamingTheRuleAndTheLinkStaysUsable() throws Exception {
		User mia = addWithoutPassword("Mia");
		String link = Mailbox.link(Mailbox.await(mailServer, mia.getEmail(), 1).get(0), LINK);

		set(link, "password1234").andExpect(status().isOk())
			.andExpect(content().string(containsString("found in breached-password lists")));
		set(link, "short").andExpect(status().isOk())
			.andExpect(content().string(containsString("Use at least 12 characters.")));
		set(link, "mia-" + NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("does not contain your")));

		set(link, NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
	}

	@Test
	void expiredResetLinkIsRefusedWithItsOwnMessage() throws Exception {
		User john = this.users.user("John");
		forgot(john.getEmail());
		String link = Mailbox.link(Mailbox.await(mailServer, john.getEmail(), 1).get(0), LINK);
		this.jdbc.update("update password_links set expires_at = dateadd('MINUTE', -1, current_timestamp) "
				+ "where user_id = ?", john.getId());

		this.mvc.perform(get(path(link)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This reset link has expired")))
			.andExpect(content().string(not(containsString("name=\"password\""))));
		set(link, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("This reset link has expired")));
		SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
	}

	@Test
	void resetLinkSetsANewPasswordEndsEverySessionAndTheOldPasswordStopsWorking() throws Exception {
		User john = this.users.user("John");
		SignedInClient johnAtWork = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		forgot(john.getEmail());
		MimeMessage mail = Mailbox.await(mailServer, john.getEmail(), 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Reset your Paddock password");

		set(Mailbox.link(mail, LINK), NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));

		assertThat(sessionsOf(john)).isZero();
		assertThat(johnAtWork.get("/workspaces").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		SignedInClient.signIn(baseUrl(), john.getEmail(), NEW_PASSWORD);
		this.mvc
			.perform(post("/login").param("email", john.getEmail()).param("password", TestUsers.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void forgotPasswordGivesTheSameAnswerForUnknownEmailsAndMailsNothing() throws Exception {
		User john = this.users.user("John");
		String unknown = "nobody-" + UUID.randomUUID() + "@ex.co";

		forgot(unknown).andExpect(redirectedUrl("/password/forgot?sent"));
		forgot(john.getEmail()).andExpect(redirectedUrl("/password/forgot?sent"));

		assertThat(outboxMessagesTo(unknown)).isZero();
		assertThat(outboxMessagesTo(john.getEmail())).isOne();
		this.mvc.perform(get("/password/forgot?sent"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("If an account uses this email")));
	}

	@Test
	void atMostThreeResetEmailsPerHourAndOnlyTheNewestLinkWorks() throws Exception {
		User john = this.users.user("John");
		for (int i = 0; i < 5; i++) {
			forgot(john.getEmail().toUpperCase()).andExpect(redirectedUrl("/password/forgot?sent"));
		}

		assertThat(outboxMessagesTo(john.getEmail())).isEqualTo(PasswordService.RESETS_PER_WINDOW);
		List<MimeMessage> mails = Mailbox.await(mailServer, john.getEmail(), 3);
		set(Mailbox.link(mails.get(0), LINK), NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("This link has already been used")));
		set(Mailbox.link(mails.get(2), LINK), NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
	}

	@Test
	void unknownTokenShowsThatTheLinkIsNotValid() throws Exception {
		this.mvc.perform(get("/password/reset?token=not-a-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This link is not valid")));
		set("/password/reset?token=", NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("This link is not valid")));
	}

	@Test
	void linkOfADisabledUserIsNotValid() throws Exception {
		User john = this.users.user("John");
		forgot(john.getEmail());
		String link = Mailbox.link(Mailbox.await(mailServer, john.getEmail(), 1).get(0), LINK);
		this.accounts.disable(this.users.instanceAdmin().toActor(), john.getId());

		set(link, NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("This link is not valid")));
	}

	@Test
	void adminSendsAResetOrAnActivationFromTheUsersPage() throws Exception {
		User john = this.users.user("John");
		User mia = addWithoutPassword("Mia");
		SignedInClient admin = SignedInClient.signIn(baseUrl(), TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		admin.get("/users");

		assertThat(admin.follow(admin.postForm("/users/" + john.getId() + "/password-link", "")).body())
			.contains("Sent a password reset link to " + john.getEmail());
		assertThat(admin.follow(admin.postForm("/users/" + mia.getId() + "/password-link", "")).body())
			.contains("Sent a new activation link to " + mia.getEmail());

		assertThat(Mailbox.await(mailServer, john.getEmail(), 1).get(0).getSubject())
			.isEqualTo("Reset your Paddock password");
		List<MimeMessage> activations = Mailbox.await(mailServer, mia.getEmail(), 2);
		set(Mailbox.link(activations.get(0), LINK), NEW_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString("This link has already been used")));
		set(Mailbox.link(activations.get(1), LINK), NEW_PASSWORD).andExpect(redirectedUrl("/login?passwordSet"));
	}

	@Test
	void changePasswordWithWrongCurrentPasswordIsRefusedAndChangesNothing() {
		User john = this.users.user("John");
		SignedInClient client = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		client.get("/account");

		String page = client
			.postForm("/account/password", "currentPassword=wrong-one-entirely&newPassword=" + NEW_PASSWORD)
			.body();

		assertThat(page).contains("This is not your current password.");
		SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
	}

	@Test
	void changePasswordEndsTheOtherSessionsAndKeepsThisOne() {
		User john = this.users.user("John");
		SignedInClient here = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		SignedInClient elsewhere = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		assertThat(sessionsOf(john)).isEqualTo(2);
		here.get("/account");

		var changed = here.postForm("/account/password",
				"currentPassword=" + TestUsers.PASSWORD + "&newPassword=" + NEW_PASSWORD);

		assertThat(here.follow(changed).body()).contains("Your password is changed.");
		assertThat(sessionsOf(john)).isOne();
		assertThat(here.get("/account").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/workspaces").headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		SignedInClient.signIn(baseUrl(), john.getEmail(), NEW_PASSWORD);
	}

	@Test
	void changePasswordToAWeakOneIsRefusedNamingTheRule() {
		User john = this.users.user("John");
		SignedInClient client = SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
		client.get("/account");

		String page = client
			.postForm("/account/password", "currentPassword=" + TestUsers.PASSWORD + "&newPassword=abcdefghijkl")
			.body();

		assertThat(page).contains("This password is easy to guess");
		SignedInClient.signIn(baseUrl(), john.getEmail(), TestUsers.PASSWORD);
	}

	private User addWithoutPassword(String name) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		return this.accounts.create(this.users.instanceAdmin().toActor(),
				new NewUser(email, name, UserType.USER, null));
	}

	private ResultActions forgot(String email) throws Exception {
		return this.mvc.perform(post("/password/forgot").param("email", email).with(csrf()));
	}

	private ResultActions set(String link, String password) throws Exception {
		String path = path(link);
		String token = path.substring(path.indexOf("token=") + "token=".length());
		return this.mvc.perform(post(path.substring(0, path.indexOf('?'))).param("token", token)
			.param("password", password)
			.with(csrf()));
	}

	private static String path(String link) {
		return link.substring(link.indexOf("/password/"));
	}

	private int outboxMessagesTo(String email) {
		return this.jdbc.queryForObject("select count(*) from outbox_messages where recipient = ?", Integer.class,
				email);
	}

	private int sessionsOf(User user) {
		return this.jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Integer.class,
				user.getEmail());
	}

}
