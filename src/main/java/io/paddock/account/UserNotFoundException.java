package io.paddock.account;

/**
 * No user of this instance has the given email or id.
 */
public class UserNotFoundException extends RuntimeException {

	public UserNotFoundException(String who) {
		super("No user " + who + " exists on this instance.");
	}

}
