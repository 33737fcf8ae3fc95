package io.paddock.support;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A MockMvc request's CSRF token as a browser sends it: the {@code XSRF-TOKEN} cookie and
 * the masked copy a form carries in {@code _csrf}. Unlike Spring Security's
 * {@code csrf()}, which swaps the token repository of the application's filter for a
 * session-held one (in the context that the other tests of the run share), it leaves the
 * application as it runs.
 */
public final class CsrfCookie {

	private CsrfCookie() {
	}

	public static RequestPostProcessor csrf() {
		return (request) -> {
			CsrfToken token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString());
			Cookie[] sent = (request.getCookies() != null) ? request.getCookies() : new Cookie[0];
			request.setCookies(Stream.concat(Arrays.stream(sent), Stream.of(new Cookie("XSRF-TOKEN", token.getToken())))
				.toArray(Cookie[]::new));
			request.setParameter(token.getParameterName(), masked(token));
			return request;
		};
	}

	private static String masked(CsrfToken token) {
		MockHttpServletRequest page = new MockHttpServletRequest();
		new XorCsrfTokenRequestAttributeHandler().handle(page, new MockHttpServletResponse(), () -> token);
		return ((CsrfToken) page.getAttribute(CsrfToken.class.getName())).getToken();
	}

}
