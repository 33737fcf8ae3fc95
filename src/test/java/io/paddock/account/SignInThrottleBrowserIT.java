package io.paddock.account;

import io.paddock.pages.LoginPage;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleBrowserIT extends BrowserTest {

	@Autowired
	SignInThrottle throttle;

	@Test
	void signInAfterFiveFailuresThenWaitMessage() {
		String email = this.users.user("Steve").getEmail();
		for (int attempt = 0; attempt < 5; attempt++) {
			this.throttle.signInFailed(new AuthenticationFailureBadCredentialsEvent(
					UsernamePasswordAuthenticationToken.unauthenticated(email, "wrong-password"),
					new BadCredentialsException("Bad credentials")));
		}

		LoginPage login = LoginPage.open(this.browser, baseUrl()).signInExpectingFailure(email, TestUsers.PASSWORD);

		assertThat(login.alert()).isEqualTo("Too many sign-in attempts. Try again in 1 minute.");
		assertAccessible();
		screenshot("login-throttled");
	}

}
