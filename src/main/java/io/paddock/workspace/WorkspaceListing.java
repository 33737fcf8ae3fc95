package io.paddock.workspace;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of View Workspaces: a workspace with its owners, members and how much it holds.
 * Serializable, since a new row travels to the next page in the flash attributes of the
 * session.
 */
public record WorkspaceListing(long id, String name, boolean archived, UUID createdBy, Instant createdAt,
		List<Member> owners, List<String> userEmails, long models, long pipelines,
		boolean defaultOfViewer) implements Serializable {

	public int users() {
		return this.userEmails.size();
	}

}
