package io.paddock.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.account.SignInThrottledException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * After a refused sign-in, back to the sign-in page with the reason in its address:
 * {@code ?error}, or {@code ?error&wait=N} with the minutes to wait when the attempt was
 * throttled. Nothing is kept in a session, so refused attempts write no session row.
 */
class SignInFailurePage implements AuthenticationFailureHandler {

	private final RedirectStrategy redirects = new DefaultRedirectStrategy();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String page = (failure instanceof SignInThrottledException throttled)
				? "/login?error&wait=" + throttled.minutesToWait() : "/login?error";
		this.redirects.sendRedirect(request, response, page);
	}

}
