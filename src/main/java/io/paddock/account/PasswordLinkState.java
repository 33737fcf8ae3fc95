package io.paddock.account;

/**
 * Whether a password link can still set a password.
 */
public enum PasswordLinkState {

	VALID,

	/**
	 * Its time ran out.
	 */
	EXPIRED,

	/**
	 * It has set a password already, or a newer link or password replaced it.
	 */
	USED,

	/**
	 * No such link exists, or its user is disabled.
	 */
	UNKNOWN

}
