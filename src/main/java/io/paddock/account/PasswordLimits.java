package io.paddock.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The length rules of a password, which need nothing but the password: at least
 * {@value #MIN_CHARACTERS} characters (NIST SP 800-63B), and at most {@value #MAX_BYTES}
 * bytes in UTF-8 so that its hash covers all of it (BCrypt reads no more).
 * {@link PasswordPolicy} adds the rules that need a dictionary or the user.
 */
public final class PasswordLimits {

	public static final int MIN_CHARACTERS = 12;

	public static final int MAX_BYTES = 72;

	private PasswordLimits() {
	}

	/**
	 * The length rule the password breaks, if any; {@code null} breaks none (whether one
	 * is required is a separate rule).
	 */
	public static Optional<PasswordRule> brokenBy(String password) {
		if (password == null) {
			return Optional.empty();
		}
		if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
			return Optional.of(PasswordRule.TOO_SHORT);
		}
		if (bytes(password) > MAX_BYTES) {
			return Optional.of(PasswordRule.TOO_LONG);
		}
		return Optional.empty();
	}

	static int bytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length;
	}

	static void requireFits(String password, String what) {
		brokenBy(password).ifPresent((rule) -> {
			String length = (rule == PasswordRule.TOO_LONG) ? bytes(password) + " bytes long in UTF-8"
					: password.codePointCount(0, password.length()) + " characters long";
			throw new PasswordRefusedException(rule, what + " is " + length + "; " + rule.describe());
		});
	}

}
