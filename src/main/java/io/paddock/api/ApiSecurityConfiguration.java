package io.paddock.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.account.ApiTokenService;
import io.paddock.account.SignedInUser;

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
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiTokenService tokens) throws Exception {
		http.securityMatcher("/api/**").authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return byToken(http, tokens,
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
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ApiTokenService tokens) throws Exception {
		http.securityMatcher("/actuator/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/actuator/health/liveness", "/actuator/health/readiness")
						.permitAll()
						.requestMatchers("/actuator/prometheus")
						.hasRole("ADMIN")
						.anyRequest()
						.denyAll());
		return byToken(http, tokens, "Send an admin's API token in the header Authorization: Bearer <token>.");
	}

	/**
	 * Stateless access by API token; without a valid one the answer is a 401 problem with
	 * the given detail.
	 */
	private static SecurityFilterChain byToken(HttpSecurity http, ApiTokenService tokens, String unauthorizedDetail)
			throws Exception {
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED, unauthorizedDetail)));
		return http.build();
	}

	private static AuthenticationEntryPoint problem(HttpStatus status, String detail) {
		return (request, response, ex) -> {
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
						+ status.value() + ",\"detail\":\"" + detail + "\"}");
		};
	}

	/**
	 * Signs the request in as the owner of the bearer token, when it is valid.
	 */
	static class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokenService tokens;

		BearerTokenFilter(ApiTokenService tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				this.tokens.authenticate(header.substring(7).strip()).map(SignedInUser::of).ifPresent((user) -> {
					var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
							user.getAuthorities());
					SecurityContextHolder.getContext().setAuthentication(authentication);
				});
			}
			chain.doFilter(request, response);
		}

	}

}
