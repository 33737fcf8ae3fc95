package io.paddock.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts dashboard sign-ins by outcome ({@code paddock.sign.ins}, tag {@code outcome} =
 * {@code success}, {@code failure} or {@code throttled}: refused unchecked after too many
 * failures), and API token checks refused unchecked
 * ({@code paddock.api.tokens.throttled}); a rise in failures hints at password guessing.
 */
@Component
class SignInMetrics {

	private final Counter successes;

	private final Counter failures;

	private final Counter throttled;

	private final Counter throttledApiTokens;

	SignInMetrics(MeterRegistry registry) {
		this.successes = counter(registry, "success");
		this.failures = counter(registry, "failure");
		this.throttled = counter(registry, "throttled");
		this.throttledApiTokens = Counter.builder("paddock.api.tokens.throttled")
			.description("API token checks refused unchecked after too many failures from the address")
			.register(registry);
	}

	private static Counter counter(MeterRegistry registry, String outcome) {
		return Counter.builder("paddock.sign.ins")
			.description("Sign-ins to the dashboard")
			.tag("outcome", outcome)
			.register(registry);
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.successes.increment();
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		this.failures.increment();
	}

	void throttledSignIn() {
		this.throttled.increment();
	}

	void throttledApiToken() {
		this.throttledApiTokens.increment();
	}

}
