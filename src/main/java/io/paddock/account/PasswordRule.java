package io.paddock.account;

/**
 * A rule of the password policy, with the key of the message that explains it.
 */
public enum PasswordRule {

	TOO_SHORT("password.tooShort", "a password needs at least " + PasswordLimits.MIN_CHARACTERS + " characters."),

	TOO_LONG("password.tooLong",
			"a password can be at most " + PasswordLimits.MAX_BYTES
					+ " bytes (each accented letter or symbol takes 2 to 4)."),

	CONTAINS_EMAIL("password.containsEmail", "a password must not contain the user's email address."),

	CONTAINS_NAME("password.containsName", "a password must not contain the user's name."),

	COMMON("password.common", "a password must not be one of the commonly used or breached passwords."),

	GUESSABLE("password.guessable",
			"a password must not be made only of common passwords, words, names, dates or keyboard patterns.");

	private final String messageKey;

	private final String description;

	PasswordRule(String messageKey, String description) {
		this.messageKey = messageKey;
		this.description = description;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/**
	 * The rule in English, for logs and start-up failures.
	 */
	public String describe() {
		return this.description;
	}

}
