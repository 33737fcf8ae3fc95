package io.paddock.account;

import java.util.Locale;

/**
 * A password link that cannot set a password any more, or never could.
 */
public class PasswordLinkUnusableException extends RuntimeException {

	private final PasswordLinkState state;

	PasswordLinkUnusableException(PasswordLinkState state) {
		super("This link cannot set a password: " + state.name().toLowerCase(Locale.ROOT) + ".");
		this.state = state;
	}

	public PasswordLinkState state() {
		return this.state;
	}

}
