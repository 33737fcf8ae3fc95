package io.paddock.account;

import io.paddock.shared.NotFoundException;

/**
 * No user of this instance has the given email or id.
 */
public class UserNotFoundException extends NotFoundException {

	public UserNotFoundException(String who) {
		super("No user " + who + " exists on this instance.");
	}

}
