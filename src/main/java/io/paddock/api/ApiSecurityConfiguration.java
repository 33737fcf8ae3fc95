package io.paddock.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.account.ApiTokenService;
import io.paddock.account.SignInThrottle;
import io.paddock.account.SignInThrottledException;
import io.paddock.account.SignedInUser;
import io.paddock.account.User;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP API under {@code /api/**}, and the Actuator endpoints for machines: stateless,
 * authenticated by personal API tokens ({@code Authorization: Bearer <token>}), no
 * session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens, SignInThrottle throttle)
			throws Exception {
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return byToken(http, tokens, throttle,
				"Send a valid API token in the header Authorization: Bearer <token> (create one on the API Tokens page).");
	}

	/**
	 * Actuator: the liveness and readiness probes are open (load balancers and
	 * orchestrators call them without credentials); the Prometheus endpoint answers only
	 * an admin's API token (Prometheus sends it as {@code Authorization: Bearer});
	 * everything else under {@code /actuator} is refused.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ApiTokenService tokens, SignInThrottle throttle)
			throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health/liveness", "/actuator/health/readiness")
						.permitAll()
						.requestMatchers("/actuator/prometheus")
						.hasRole("ADMIN")
						.anyRequest()
						.denyAll());
		return byToken(http, tokens, throttle,
				"Send an admin's API token in the header Authorization: Bearer <token>.");
	}

	/**
	 * Stateless access by API token; without a valid one the answer is a 401 problem with
	 * the given detail, after too many invalid ones from the client's address a 429.
	 */
	private static SecurityFilterChain byToken(HttpSecurity http, ApiTokenService tokens, SignInThrottle throttle,
			String unauthorizedDetail) throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens, throttle), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, unauthorizedDetail)));
		return http.build();
	}

	private static AuthenticationEntryPoint problem(HttpStatus status, String detail) {
		return (request, response, ex) -> writeProblem(response, status, detail);
	}

	private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

	/**
	 * Signs the request in as the owner of the bearer token, when it is valid. An invalid
	 * token counts against the client's address; while that address has to wait, tokens
	 * from it are refused unchecked with {@code 429} and {@code Retry-After}.
	 */
	static class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokenService tokens;

		private final SignInThrottle throttle;

		BearerTokenFilter(ApiTokenService tokens, SignInThrottle throttle) {
			this.tokens = tokens;
			this.throttle = throttle;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				Optional<User> owner;
				try {
					this.throttle.checkApiToken(request.getRemoteAddr());
					owner = this.tokens.authenticate(header.substring(7).strip());
				}
				catch (SignInThrottledException ex) {
					response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()));
					writeProblem(response, HttpStatus.TOO_MANY_REQUESTS, ex.getMessage());
					return;
				}
				owner.map(SignedInUser::of).ifPresentOrElse((user) -> {
					var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
							user.getAuthorities());
					SecurityContextHolder.getContext().setAuthentication(authentication);
				}, () -> this.throttle.apiTokenFailed(request.getRemoteAddr()));
			}
			chain.doFilter(request, response);
		}

	}

}
