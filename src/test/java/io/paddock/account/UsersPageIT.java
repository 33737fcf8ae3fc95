package io.paddock.account;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class UsersPageIT extends WebTest {

	private static final String PASSWORD_TOO_LONG = "Use at most 72 bytes";

	private static final String STRONG_PASSWORD = "kestrel-lighthouse-92";

	@Autowired
	AccountService accounts;

	@Test
	void addWithPasswordOfMoreThan72AsciiCharactersThenErrorBesideIt() throws Exception {
		String email = uniqueEmail();
		add(email, "USER", "a".repeat(73)).andExpect(status().isOk())
			.andExpect(view().name("users/list"))
			.andExpect(content().string(containsString(PASSWORD_TOO_LONG)));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithPasswordOfFewCharactersButMoreThan72BytesThenErrorBesideIt() throws Exception {
		String email = uniqueEmail();
		String password = "\u00e9".repeat(37);
		assertThat(password).hasSize(37);

		add(email, "USER", password).andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<p id=\"password-error\" class=\"field-error\" role=\"alert\">" + PASSWORD_TOO_LONG)));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithPasswordOfExactly72BytesThenAdded() throws Exception {
		String email = uniqueEmail();
		String password = "\u00e9k7#Qp2!z".repeat(7) + "\u00fc";
		assertThat(password.getBytes(StandardCharsets.UTF_8)).hasSize(72);
		add(email, "USER", password).andExpect(status().isFound()).andExpect(redirectedUrl("/users"));
		assertThat(this.accounts.findByEmail(email)).isPresent();
	}

	@Test
	void addWithUnknownTypeThenErrorBesideTheTypeChoice() throws Exception {
		String email = uniqueEmail();
		String body = add(email, "ROOT", STRONG_PASSWORD).andExpect(status().isOk())
			.andExpect(view().name("users/list"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body)
			.containsOnlyOnce("<p id=\"type-error\" class=\"field-error\" role=\"alert\">Choose Admin or User.</p>")
			.doesNotContain("must not be null");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithoutTypeThenErrorBesideTheTypeChoice() throws Exception {
		String email = uniqueEmail();
		add(email, "", STRONG_PASSWORD).andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<p id=\"type-error\" class=\"field-error\" role=\"alert\">Choose Admin or User.</p>")));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addAsAdminTypeThenAdded() throws Exception {
		String email = uniqueEmail();
		add(email, "ADMIN", STRONG_PASSWORD).andExpect(status().isFound());
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((user) -> assertThat(user.isAdmin()).isTrue());
	}

	@Test
	void addWithPasswordOf11CharactersThenTooShortBesideIt() throws Exception {
		String email = uniqueEmail();
		add(email, "USER", "x7#Kp2!qZ9m").andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<p id=\"password-error\" class=\"field-error\" role=\"alert\">Use at least 12 characters.</p>")));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithBreachedPasswordThenCommonBesideIt() throws Exception {
		String email = uniqueEmail();
		add(email, "USER", "password1234").andExpect(status().isOk())
			.andExpect(content().string(containsString("found in breached-password lists")));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithPasswordContainingTheEmailThenRefusedBesideIt() throws Exception {
		String email = uniqueEmail();
		add(email, "USER", "x-" + email + "-x").andExpect(status().isOk())
			.andExpect(content().string(containsString("does not contain your email address")));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithPasswordContainingTheNameThenRefusedBesideIt() throws Exception {
		String email = uniqueEmail();
		add(email, "USER", "kestrel-MIA-lighthouse").andExpect(status().isOk())
			.andExpect(content().string(containsString("does not contain your name")));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithoutPasswordThenAddedWaitingForActivation() throws Exception {
		String email = uniqueEmail();
		add(email, "USER", "").andExpect(status().isFound()).andExpect(redirectedUrl("/users"));
		assertThat(this.accounts.findByEmail(email))
			.hasValueSatisfying((user) -> assertThat(user.isActivated()).isFalse());
	}

	private ResultActions add(String email, String type, String password) throws Exception {
		return this.mvc.perform(post("/users").param("email", email)
			.param("displayName", "Mia")
			.param("type", type)
			.param("password", password)
			.with(signedInAs(this.users.instanceAdmin()))
			.with(csrf()));
	}

	private static String uniqueEmail() {
		return "mia-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
	}

}
