package io.paddock.workspace;

import java.util.UUID;

/**
 * What happened to a workspace itself; published inside the transaction that made the
 * change.
 */
public final class WorkspaceEvents {

	private WorkspaceEvents() {
	}

	/**
	 * A workspace was created by a user, who became its owner.
	 */
	public record WorkspaceCreated(long workspaceId, String workspaceName, UUID createdBy) {

	}

	/**
	 * A workspace was archived or brought back from the archive.
	 */
	public record WorkspaceArchiveChanged(long workspaceId, String workspaceName, boolean archived, UUID changedBy) {

	}

}
