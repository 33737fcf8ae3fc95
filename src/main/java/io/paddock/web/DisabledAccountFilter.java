package io.paddock.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.account.SignedInUser;
import io.paddock.account.User;
import io.paddock.workspace.Viewer;
import io.paddock.workspace.WorkspaceService;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user who was disabled after signing in, at their next request:
 * the principal kept in the session still says "enabled", so the user is read again, with
 * their current workspace in the same statement, and kept for the rest of the request.
 * The browser is sent to the sign-in page with the reason; an htmx request gets
 * {@code HX-Redirect}, so the login page is not swapped into part of a page.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

	static final String SIGNED_OUT_URL = "/login?disabled";

	private final WorkspaceService workspaces;

	private final RequestMatcher skipped;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	DisabledAccountFilter(WorkspaceService workspaces, RequestMatcher skipped) {
		this.workspaces = workspaces;
		this.skipped = skipped;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.skipped.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& !this.workspaces.viewer(user.actor().id()).map(Viewer::user).filter(User::isEnabled).isPresent()) {
			this.logout.logout(request, response, authentication);
			String target = request.getContextPath() + SIGNED_OUT_URL;
			if (request.getHeader("HX-Request") != null) {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setHeader("HX-Redirect", target);
			}
			else {
				response.sendRedirect(target);
			}
			return;
		}
		chain.doFilter(request, response);
	}

}
