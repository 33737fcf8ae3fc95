package io.paddock.account;

import java.nio.charset.StandardCharsets;

/**
 * What a password may be so that its hash covers all of it: BCrypt reads at most 72 bytes
 * and refuses longer input.
 */
public final class PasswordLimits {

	public static final int MAX_BYTES = 72;

	private PasswordLimits() {
	}

	/**
	 * Whether the password fits the hash; {@code null} counts as fitting (whether one is
	 * required is a separate rule).
	 */
	public static boolean fits(String password) {
		return password == null || bytes(password) <= MAX_BYTES;
	}

	static int bytes(String password) {
		return password.getBytes(StandardCharsets.UTF_8).length;
	}

	static void requireFits(String password, String what) {
		if (!fits(password)) {
			throw new IllegalArgumentException(what + " is " + bytes(password) + " bytes long in UTF-8; a password "
					+ "can be at most " + MAX_BYTES + " bytes (each accented letter or symbol takes 2 to 4).");
		}
	}

}
