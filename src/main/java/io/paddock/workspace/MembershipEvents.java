package io.paddock.workspace;

import java.util.List;
import java.util.UUID;

/**
 * What happened to a workspace's members; published inside the transaction that made the
 * change.
 */
public final class MembershipEvents {

	private MembershipEvents() {
	}

	/**
	 * Users were added to a workspace, in one change, by someone who may manage it.
	 */
	public record MembersInvited(long workspaceId, String workspaceName, List<Invitee> invitees, UUID invitedBy) {

	}

	/**
	 * One user added by {@link MembersInvited}, with the role they were given.
	 */
	public record Invitee(UUID userId, Role role) {

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
