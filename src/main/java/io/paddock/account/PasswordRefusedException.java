package io.paddock.account;

/**
 * A password that breaks a rule of the {@link PasswordPolicy}.
 */
public class PasswordRefusedException extends IllegalArgumentException {

	private final PasswordRule rule;

	PasswordRefusedException(PasswordRule rule, String message) {
		super(message);
		this.rule = rule;
	}

	public PasswordRule rule() {
		return this.rule;
	}

}
