package io.paddock.account;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.paddock.support.SignedInClient;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Disabling a user ends the sessions they already have, at their next request, and stops
 * their API tokens for good.
 */
class DisabledAccountIT extends WebTest {

	@Autowired
	ApiTokenService tokens;

	@Test
	void disabledWhileSignedInThenNextRequestLandsOnLoginWithReason() throws Exception {
		User john = this.users.user("John");
		MockHttpSession johnSession = signIn(john);
		this.mvc.perform(get("/workspaces").session(johnSession)).andExpect(status().isOk());

		disableAsAdmin(john);

		this.mvc.perform(get("/workspaces").session(johnSession))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?disabled"));
		assertThat(johnSession.isInvalid()).isTrue();
		this.mvc.perform(get("/login").param("disabled", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Your account has been disabled.")));
	}

	@Test
	void disabledWhileSignedInThenHtmxRequestRedirectsTheWholePage() throws Exception {
		User john = this.users.user("John");
		MockHttpSession johnSession = signIn(john);

		disableAsAdmin(john);

		this.mvc.perform(get("/workspaces").param("q", "x").header("HX-Request", "true").session(johnSession))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?disabled"))
			.andExpect(content().string(""));
		assertThat(johnSession.isInvalid()).isTrue();
	}

	@Test
	void disabledWhileSignedInThenFormPostIsNotCarriedOut() throws Exception {
		User john = this.users.user("John");
		MockHttpSession johnSession = signIn(john);
		String name = TestUsers.uniqueName("after-disable");

		disableAsAdmin(john);

		this.mvc.perform(post("/workspaces").param("name", name).session(johnSession).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?disabled"));
		this.mvc.perform(get("/workspaces").param("q", name).with(signedInAs(this.users.instanceAdmin())))
			.andExpect(content().string(containsString("No workspace name contains")));
	}

	@Test
	void otherUserDisabledThenSignedInUserUnaffected() throws Exception {
		User john = this.users.user("John");
		User steve = this.users.user("Steve");
		MockHttpSession steveSession = signIn(steve);

		disableAsAdmin(john);

		this.mvc.perform(get("/workspaces").session(steveSession)).andExpect(status().isOk());
		this.mvc.perform(get("/workspaces").header("HX-Request", "true").session(steveSession))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("HX-Redirect"));
		assertThat(steveSession.isInvalid()).isFalse();
	}

	@Test
	void disabledThenReenabledThenCanSignInAgain() throws Exception {
		User john = this.users.user("John");
		disableAsAdmin(john);
		this.mvc.perform(signInForm(john)).andExpect(redirectedUrl("/login?error"));

		this.mvc
			.perform(post("/users/{id}/enable", john.getId()).with(signedInAs(this.users.instanceAdmin())).with(csrf()))
			.andExpect(status().isFound());

		this.mvc.perform(get("/workspaces").session(signIn(john))).andExpect(status().isOk());
	}

	@Test
	void disabledThenTheirApiTokenIsRefused() throws Exception {
		User john = this.users.user("John");
		String token = this.tokens.create(john.toActor(), "script").value();
		this.mvc.perform(get("/api/v1/workspaces").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk());

		disableAsAdmin(john);

		this.mvc.perform(get("/api/v1/workspaces").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void disabledThenReenabledOverHttpThenOldApiTokenStaysRevoked() throws Exception {
		User john = this.users.user("John");
		String token = this.tokens.create(john.toActor(), "script").value();
		assertThat(apiStatus(token)).isEqualTo(200);
		SignedInClient admin = SignedInClient.signIn(baseUrl(), TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);
		admin.get("/users");

		assertThat(admin.postForm("/users/" + john.getId() + "/disable", "").statusCode()).isEqualTo(302);
		assertThat(apiStatus(token)).isEqualTo(401);
		admin.get("/users");
		assertThat(admin.postForm("/users/" + john.getId() + "/enable", "").statusCode()).isEqualTo(302);

		assertThat(apiStatus(token)).isEqualTo(401);
		assertThat(this.tokens.list(john.toActor())).singleElement()
			.satisfies((t) -> assertThat(t.isRevoked()).isTrue());
		assertThat(apiStatus(this.tokens.create(john.toActor(), "new script").value())).isEqualTo(200);
	}

	private int apiStatus(String token) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/workspaces"))
			.header("Authorization", "Bearer " + token)
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static MockHttpServletRequestBuilder signInForm(User user) {
		return post("/login").param("email", user.getEmail()).param("password", TestUsers.PASSWORD).with(csrf());
	}

	private MockHttpSession signIn(User user) throws Exception {
		MockHttpSession session = (MockHttpSession) this.mvc.perform(signInForm(user))
			.andExpect(status().isFound())
			.andReturn()
			.getRequest()
			.getSession(false);
		assertThat(session).isNotNull();
		return session;
	}

	private void disableAsAdmin(User user) throws Exception {
		this.mvc
			.perform(
					post("/users/{id}/disable", user.getId()).with(signedInAs(this.users.instanceAdmin())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/users"));
	}

}
