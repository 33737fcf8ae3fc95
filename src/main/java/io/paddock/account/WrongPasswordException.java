package io.paddock.account;

/**
 * The current password given to confirm a change is not the user's password.
 */
public class WrongPasswordException extends RuntimeException {

	WrongPasswordException() {
		super("The current password is wrong.");
	}

}
