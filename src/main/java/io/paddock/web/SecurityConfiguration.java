package io.paddock.web;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import java.util.Arrays;

import io.paddock.account.SignInThrottle;
import io.paddock.workspace.WorkspaceService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Form login for the dashboard; CSRF protection on every state-changing request, htmx
 * ones included (they send the token as a form field or header). The CSRF token and the
 * page asked for before signing in are kept in cookies, and a refused sign-in says why in
 * the sign-in page's address, so reading the sign-in page or the password pages, or
 * failing to sign in, writes no session row (a session lives in the database, and anyone
 * can request those pages). A user disabled while signed in is signed out at their next
 * request; sign-ins are throttled ({@link SignInThrottleFilter}). Every answer sends a
 * referrer policy and a permissions policy that turns off device features; HSTS (Spring
 * Security's default) is sent when the request came over HTTPS, directly or through a
 * proxy's {@code X-Forwarded-Proto}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), "
			+ "display-capture=(), browsing-topics=()";

	/**
	 * The Outbox's email preview, the one document framed (by the Outbox page itself); it
	 * sends its own content security policy.
	 */
	private static final RequestMatcher EMAIL_PREVIEW = PathPatternRequestMatcher.withDefaults()
		.matcher("/outbox/*/preview");

	private static final String[] STATIC_RESOURCES = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

	/**
	 * No observation around each security filter, authentication and authorization: they
	 * cost about 5 % of a page's time, and the HTTP server observation already times
	 * every request.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	SecurityFilterChain dashboardSecurity(HttpSecurity http, WorkspaceService workspaces, SignInThrottle throttle)
			throws Exception {
		AuthenticationFailureHandler failurePage = new SignInFailurePage();
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(STATIC_RESOURCES)
			.permitAll()
			.requestMatchers("/login", "/password/**", "/error", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/users/**", "/outbox/**", "/activity")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.requestCache((cache) -> cache.requestCache(pagesAskedForBeforeSignIn()))
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.failureHandler(failurePage)
				.permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frames) -> frames.disable())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(EMAIL_PREVIEW,
						new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(EMAIL_PREVIEW),
						new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)))
			.addFilterAfter(new DisabledAccountFilter(workspaces, staticResources()), SecurityContextHolderFilter.class)
			.addFilterBefore(new SignInThrottleFilter(throttle, failurePage),
					UsernamePasswordAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * The token in an HttpOnly cookie, checked against the copy each form (or htmx
	 * header) sends; the header keeps the name the session-held token had.
	 */
	private static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setHeaderName("X-CSRF-TOKEN");
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * A page (not an htmx fragment) asked for while signed out, to return to after
	 * signing in; only its path and query are kept, so the redirect stays on this site.
	 */
	private static CookieRequestCache pagesAskedForBeforeSignIn() {
		CookieRequestCache pages = new CookieRequestCache();
		pages.setRequestMatcher(
				new AndRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
						new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request"))));
		pages.setCookieCustomizer((cookie) -> cookie.setAttribute("SameSite", "Lax"));
		return pages;
	}

	private static OrRequestMatcher staticResources() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(Arrays.stream(STATIC_RESOURCES).<RequestMatcher>map(paths::matcher).toList());
	}

}
