package io.paddock.shared;

import java.util.Locale;

/**
 * Turns what a person types into a search box into a SQL {@code LIKE} pattern that
 * matches it anywhere, case-insensitively, with {@code \} as the escape character.
 */
public final class SearchPattern {

	private static final String ANYTHING = "%%";

	private SearchPattern() {
	}

	public static String containing(String query) {
		String trimmed = (query != null) ? query.strip().toLowerCase(Locale.ROOT) : "";
		return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	/**
	 * Whether the pattern comes from an empty query, so a query can leave the condition
	 * out.
	 */
	public static boolean matchesEverything(String pattern) {
		return ANYTHING.equals(pattern);
	}

}
