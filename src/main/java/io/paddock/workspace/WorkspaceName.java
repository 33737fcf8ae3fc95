package io.paddock.workspace;

import java.util.Locale;

import io.paddock.shared.DnsName;

/**
 * A workspace name that maps onto Kubernetes objects: DNS-compatible ASCII letters,
 * digits and dashes, at most 63 characters, starting with a letter and ending with a
 * letter or digit.
 */
public record WorkspaceName(String value) {

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
		return DnsName.problemWith("Workspace name", candidate);
	}

	static String keyOf(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
