package io.paddock.account;

import java.io.Serial;
import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in (or API token) refused without being checked, because too many attempts
 * failed for its account or from its address. It says how long to wait, never whether the
 * account exists.
 */
public class SignInThrottledException extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long retryAfterSeconds;

	public SignInThrottledException(Duration wait) {
		this(Math.max(1, (wait.toMillis() + 999) / 1000));
	}

	private SignInThrottledException(long retryAfterSeconds) {
		super(message((retryAfterSeconds + 59) / 60));
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/**
	 * The value of the {@code Retry-After} header: whole seconds, rounded up.
	 */
	public long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	/**
	 * The wait in whole minutes, rounded up, as the message says it.
	 */
	public long minutesToWait() {
		return (this.retryAfterSeconds + 59) / 60;
	}

	private static String message(long minutes) {
		return "Too many sign-in attempts. Try again in " + minutes + ((minutes == 1) ? " minute." : " minutes.");
	}

}
