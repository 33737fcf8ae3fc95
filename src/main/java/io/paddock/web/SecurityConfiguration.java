package io.paddock.web;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;

import java.util.Arrays;

import io.paddock.workspace.WorkspaceService;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

/**
 * Form login for the dashboard; CSRF protection on every state-changing request, htmx
 * ones included (they send the token as a form field or header). A user disabled while
 * signed in is signed out at their next request. Every answer sends a referrer policy and
 * a permissions policy that turns off device features; HSTS (Spring Security's default)
 * is sent when the request came over HTTPS, directly or through a proxy's
 * {@code X-Forwarded-Proto}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), "
			+ "display-capture=(), browsing-topics=()";

	private static final String[] STATIC_RESOURCES = { "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico" };

	@Bean
	SecurityFilterChain dashboardSecurity(HttpSecurity http, WorkspaceService workspaces) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(STATIC_RESOURCES)
			.permitAll()
			.requestMatchers("/login", "/password/**", "/error", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/users/**", "/outbox/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").usernameParameter("email").permitAll())
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new HxRefreshHeaderAuthenticationEntryPoint(),
						new RequestHeaderRequestMatcher("HX-Request"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
						AnyRequestMatcher.INSTANCE))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)))
			.addFilterAfter(new DisabledAccountFilter(workspaces, staticResources()),
					SecurityContextHolderFilter.class);
		return http.build();
	}

	private static OrRequestMatcher staticResources() {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		return new OrRequestMatcher(Arrays.stream(STATIC_RESOURCES).<RequestMatcher>map(paths::matcher).toList());
	}

}
