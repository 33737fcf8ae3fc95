package io.paddock.workspace;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of View Workspaces: a workspace with its owners, members and how much it holds.
 * Serializable, as the row of a just created workspace travels in the session (a flash
 * attribute) to the page after the redirect.
 */
public record WorkspaceListing(long id, String name, boolean archived, UUID createdBy, Instant createdAt,
		List<Member> owners, List<String> userEmails, long models, long pipelines,
		boolean defaultOfViewer) implements Serializable {

	public int users() {
		return this.userEmails.size();
	}

}
