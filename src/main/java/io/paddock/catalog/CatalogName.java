package io.paddock.catalog;

import java.util.Locale;

import io.paddock.shared.DnsName;

/**
 * The naming rules of model and pipeline names, the same as for workspaces (they map onto
 * Kubernetes objects): ASCII letters, digits and dashes, at most 63 characters, starting
 * with a letter and ending with a letter or digit.
 */
final class CatalogName {

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
		return DnsName.problemWith(kind, candidate);
	}

	static String keyOf(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
