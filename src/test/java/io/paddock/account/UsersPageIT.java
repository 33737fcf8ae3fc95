package io.paddock.account;

import java.util.UUID;

import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class UsersPageIT extends WebTest {

	private static final String PASSWORD_TOO_LONG = "Use at most 72 bytes";

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
			.andExpect(content().string(containsString("<p class=\"field-error\">" + PASSWORD_TOO_LONG)));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithPasswordOfExactly72BytesThenAdded() throws Exception {
		String email = uniqueEmail();
		add(email, "USER", "\u00e9".repeat(36)).andExpect(status().isFound()).andExpect(redirectedUrl("/users"));
		assertThat(this.accounts.findByEmail(email)).isPresent();
	}

	@Test
	void addWithUnknownTypeThenErrorBesideTheTypeChoice() throws Exception {
		String email = uniqueEmail();
		String body = add(email, "ROOT", "long-enough").andExpect(status().isOk())
			.andExpect(view().name("users/list"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).containsOnlyOnce("<p class=\"field-error\">Choose Admin or User.</p>")
			.doesNotContain("must not be null");
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addWithoutTypeThenErrorBesideTheTypeChoice() throws Exception {
		String email = uniqueEmail();
		add(email, "", "long-enough").andExpect(status().isOk())
			.andExpect(content().string(containsString("<p class=\"field-error\">Choose Admin or User.</p>")));
		assertThat(this.accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void addAsAdminTypeThenAdded() throws Exception {
		String email = uniqueEmail();
		add(email, "ADMIN", "long-enough").andExpect(status().isFound());
		assertThat(this.accounts.findByEmail(email)).hasValueSatisfying((user) -> assertThat(user.isAdmin()).isTrue());
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
