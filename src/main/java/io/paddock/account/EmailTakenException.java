package io.paddock.account;

/**
 * Refuses a second account with an email that differs from an existing one only in case.
 */
public class EmailTakenException extends RuntimeException {

	public EmailTakenException(String email) {
		super("A user with email " + email + " already exists.");
	}

}
