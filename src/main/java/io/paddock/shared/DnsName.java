package io.paddock.shared;

/**
 * The naming rule of everything that maps onto Kubernetes objects (workspaces, models,
 * pipelines): ASCII letters, digits and dashes, at most 63 characters, starting with a
 * letter and ending with a letter or digit.
 */
public final class DnsName {

	public static final int MAX_LENGTH = 63;

	public static final String RULE = "must be DNS-compatible (ASCII alpha-numeric plus dash (-))";

	private DnsName() {
	}

	/**
	 * Describes which part of the rule the candidate breaks, or returns {@code null} when
	 * it follows the rule.
	 * @param kind what is named, to start the message ("Workspace name")
	 */
	public static String problemWith(String kind, String candidate) {
		if (candidate == null || candidate.isEmpty()) {
			return kind + " is required.";
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (!isAsciiLetterOrDigit(c) && c != '-') {
				return kind + " " + RULE + ": " + describe(c) + " at position " + (i + 1) + " is not allowed.";
			}
		}
		if (candidate.length() > MAX_LENGTH) {
			return kind + " " + RULE + ": it may have at most " + MAX_LENGTH + " characters, this one has "
					+ candidate.length() + ".";
		}
		if (!isAsciiLetter(candidate.charAt(0))) {
			return kind + " " + RULE + ": it must start with a letter.";
		}
		if (!isAsciiLetterOrDigit(candidate.charAt(candidate.length() - 1))) {
			return kind + " " + RULE + ": it must end with a letter or digit.";
		}
		return null;
	}

	private static String describe(char c) {
		return switch (c) {
			case ' ' -> "a space";
			case '.' -> "the dot '.'";
			case '_' -> "the underscore '_'";
			default -> (c < 0x20 || c > 0x7e) ? String.format("the character U+%04X", (int) c) : "'" + c + "'";
		};
	}

	private static boolean isAsciiLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAsciiLetterOrDigit(char c) {
		return isAsciiLetter(c) || (c >= '0' && c <= '9');
	}

}
