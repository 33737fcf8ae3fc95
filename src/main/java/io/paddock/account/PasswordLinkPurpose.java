package io.paddock.account;

import java.time.Duration;

/**
 * What a password link is for, and how long it stays valid.
 */
public enum PasswordLinkPurpose {

	/**
	 * A new user sets their first password.
	 */
	ACTIVATION(Duration.ofHours(72)),

	/**
	 * A user who forgot their password chooses a new one.
	 */
	RESET(Duration.ofHours(1));

	private final Duration validFor;

	PasswordLinkPurpose(Duration validFor) {
		this.validFor = validFor;
	}

	public Duration validFor() {
		return this.validFor;
	}

}
