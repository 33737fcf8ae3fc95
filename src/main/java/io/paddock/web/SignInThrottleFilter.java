package io.paddock.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.account.SignInThrottle;
import io.paddock.account.SignInThrottledException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before the sign-in form is checked: when the account or the client address has to
 * wait, the attempt is refused without looking at the password. An htmx request gets
 * {@code 429} with the message; a form post goes to the sign-in page, which shows it.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

	private static final RequestMatcher SIGN_IN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	private final AuthenticationFailureHandler failurePage;

	SignInThrottleFilter(SignInThrottle throttle, AuthenticationFailureHandler failurePage) {
		this.throttle = throttle;
		this.failurePage = failurePage;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !SIGN_IN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String email = request.getParameter("email");
		try {
			this.throttle.checkSignIn((email != null) ? email : "", request.getRemoteAddr());
		}
		catch (SignInThrottledException ex) {
			if (request.getHeader("HX-Request") != null) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
				response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
				response.getWriter().write(ex.getMessage());
			}
			else {
				this.failurePage.onAuthenticationFailure(request, response, ex);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
