package io.paddock.support;

import io.paddock.account.SignedInUser;
import io.paddock.account.User;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Requests against the whole application (real security configuration, CSRF, services and
 * database) without a browser; shares the application context of {@link IntegrationTest}.
 */
public abstract class WebTest extends IntegrationTest {

	@Autowired
	private WebApplicationContext context;

	protected MockMvc mvc;

	@BeforeEach
	void mockMvc() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	protected static RequestPostProcessor signedInAs(User user) {
		return user(SignedInUser.of(user));
	}

}
