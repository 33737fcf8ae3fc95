package io.paddock.workspace;

import java.util.Locale;

/**
 * A workspace name that maps onto Kubernetes objects: DNS-compatible ASCII letters,
 * digits and dashes, at most 63 characters, starting with a letter and ending with a
 * letter or digit.
 */
public record WorkspaceName(String value) {

	public static final int MAX_LENGTH = 63;

	static final String DNS_RULE = "must be DNS-compatible (ASCII alpha-numeric plus dash (-))";

	public WorkspaceName {
		String problem = problemWith(value);
		if (problem != null) {
			throw new InvalidWorkspaceNameException(problem);
		}
	}

	/**
	 * Describes which rule the candidate breaks, or returns {@code null} when it is a
	 * valid name.
	 */
	static String problemWith(String candidate) {
		if (candidate == null || candidate.isEmpty()) {
			return "Workspace name is required.";
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (!isAsciiLetterOrDigit(c) && c != '-') {
				return "Workspace name " + DNS_RULE + ": " + describe(c) + " at position " + (i + 1)
						+ " is not allowed.";
			}
		}
		if (candidate.length() > MAX_LENGTH) {
			return "Workspace name " + DNS_RULE + ": it may have at most " + MAX_LENGTH + " characters, this one has "
					+ candidate.length() + ".";
		}
		if (!isAsciiLetter(candidate.charAt(0))) {
			return "Workspace name " + DNS_RULE + ": it must start with a letter.";
		}
		if (!isAsciiLetterOrDigit(candidate.charAt(candidate.length() - 1))) {
			return "Workspace name " + DNS_RULE + ": it must end with a letter or digit.";
		}
		return null;
	}

	static String keyOf(String name) {
		return name.toLowerCase(Locale.ROOT);
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
