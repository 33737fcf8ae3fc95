package io.paddock.workspace;

import java.util.UUID;

/**
 * What happened to a workspace's members; published inside the transaction that made the
 * change.
 */
public final class MembershipEvents {

	private MembershipEvents() {
	}

	/**
	 * A user was added to a workspace by someone who may manage it.
	 */
	public record MemberInvited(long workspaceId, String workspaceName, UUID userId, Role role, UUID invitedBy) {

	}

	/**
	 * A member was promoted to owner or demoted to collaborator.
	 */
	public record MemberRoleChanged(long workspaceId, String workspaceName, UUID userId, Role role, UUID changedBy) {

	}

	/**
	 * A member was removed from a workspace, or left it ({@code removedBy} is then the
	 * member).
	 */
	public record MemberRemoved(long workspaceId, String workspaceName, UUID userId, UUID removedBy) {

		public boolean left() {
			return this.userId.equals(this.removedBy);
		}

	}

}
