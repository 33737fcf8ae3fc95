package io.paddock.catalog.web;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import io.paddock.shared.MalformedRequest;

import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends an upload over the size limit back to the Models page with a message. The
 * container refuses such a request while its parts are read, and the first to read them
 * is the CSRF check (Tomcat 11 then throws from {@code getParameter}), so this runs
 * before Spring Security: it reads the parts itself and, when they are too large,
 * redirects to {@code /workspaces/{id}/models?problem=too-large}. Nothing is stored: the
 * container's spooled part is deleted with the request. Parts read here are the ones the
 * CSRF check then reads its token from, so the token can stay in the form body. A request
 * without a signed-in session is sent to the login page before a byte of its body is
 * read, so nobody can make the server spool files without signing in. A malformed body
 * (no boundary, cut short) goes to the error page as a 400 without being logged as a
 * server failure.
 */
class UploadLimitFilter extends OncePerRequestFilter {

	static final String TOO_LARGE = "too-large";

	private static final Pattern UPLOAD = Pattern.compile("^/workspaces/(\\d+)/models/?$");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String contentType = request.getContentType();
		return !"POST".equals(request.getMethod()) || contentType == null
				|| !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")
				|| !UPLOAD.matcher(pathOf(request)).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!signedIn(request)) {
			response.setHeader("Connection", "close");
			response.sendRedirect(request.getContextPath() + "/login");
			return;
		}
		try {
			request.getParts();
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!isSizeLimit(ex)) {
				if (MalformedRequest.describe(ex).isEmpty()) {
					throw ex;
				}
				request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
				response.sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
			Matcher upload = UPLOAD.matcher(pathOf(request));
			upload.matches();
			response.sendRedirect(
					request.getContextPath() + "/workspaces/" + upload.group(1) + "/models?problem=" + TOO_LARGE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean signedIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null
				&& session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * Whether the failure is the container's size limit (the same test as Spring's
	 * {@code StandardMultipartHttpServletRequest}).
	 */
	static boolean isSizeLimit(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String message = cause.getMessage();
			if (message != null) {
				String lower = message.toLowerCase(Locale.ROOT);
				if (lower.contains("exceed") && (lower.contains("size") || lower.contains("length"))) {
					return true;
				}
			}
		}
		return false;
	}

}
