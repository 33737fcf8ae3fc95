package io.paddock.catalog;

import java.util.Locale;

/**
 * The naming rules of model and pipeline names, the same as for workspaces (they map onto
 * Kubernetes objects): ASCII letters, digits and dashes, at most 63 characters, starting
 * with a letter and ending with a letter or digit.
 */
final class CatalogName {

	static final int MAX_LENGTH = 63;

	static final String DNS_RULE = "must be DNS-compatible (ASCII alpha-numeric plus dash (-))";

	private CatalogName() {
	}

	/**
	 * Returns the name when valid, otherwise fails with a message saying which rule it
	 * breaks.
	 * @param kind what is named, for the message ("Model name", "Pipeline name")
	 */
	static String require(String kind, String candidate) {
		String problem = problemWith(kind, candidate);
		if (problem != null) {
			throw new InvalidCatalogInputException("name", problem);
		}
		return candidate;
	}

	static String problemWith(String kind, String candidate) {
		if (candidate == null || candidate.isEmpty()) {
			return kind + " is required.";
		}
		for (int i = 0; i < candidate.length(); i++) {
			char c = candidate.charAt(i);
			if (!isAsciiLetterOrDigit(c) && c != '-') {
				return kind + " " + DNS_RULE + ": " + describe(c) + " at position " + (i + 1) + " is not allowed.";
			}
		}
		if (candidate.length() > MAX_LENGTH) {
			return kind + " " + DNS_RULE + ": it may have at most " + MAX_LENGTH + " characters, this one has "
					+ candidate.length() + ".";
		}
		if (!isAsciiLetter(candidate.charAt(0))) {
			return kind + " " + DNS_RULE + ": it must start with a letter.";
		}
		if (!isAsciiLetterOrDigit(candidate.charAt(candidate.length() - 1))) {
			return kind + " " + DNS_RULE + ": it must end with a letter or digit.";
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
