package io.paddock.workspace;

import java.util.UUID;

/**
 * A membership change that the workspace's rules refuse; the message says why, in words a
 * person can act on.
 */
public class MembershipException extends RuntimeException {

	private final Reason reason;

	MembershipException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	static MembershipException alreadyMember(String email, String workspaceName) {
		return new MembershipException(Reason.ALREADY_MEMBER,
				"User " + email + ", already exists in workspace " + workspaceName);
	}

	static MembershipException defaultWorkspace() {
		return new MembershipException(Reason.DEFAULT_WORKSPACE, "User cannot be removed from their default workspace");
	}

	static MembershipException lastOwner(String action) {
		return new MembershipException(Reason.LAST_OWNER, "Last owner of a workspace cannot " + action);
	}

	static MembershipException notMember(String email, String workspaceName) {
		return new MembershipException(Reason.NOT_MEMBER,
				"User " + email + " is not a member of workspace " + workspaceName);
	}

	/**
	 * Someone picked a user id that belongs to nobody on this instance (e.g. a user
	 * deleted meanwhile, or a forged form). Such a user is not a member either, so it
	 * shares that reason.
	 */
	static MembershipException unknownUser(UUID userId) {
		return new MembershipException(Reason.NOT_MEMBER,
				"No user " + userId + " exists on this instance; only users of this instance can be invited.");
	}

	static MembershipException disabledUser(String email) {
		return new MembershipException(Reason.DISABLED_USER, "User " + email + " is disabled and cannot be invited");
	}

	static MembershipException nobodySelected() {
		return new MembershipException(Reason.NOBODY_SELECTED, "Select at least one user to invite.");
	}

	/**
	 * Why the change was refused, so callers can choose a fitting status.
	 */
	public enum Reason {

		ALREADY_MEMBER, DEFAULT_WORKSPACE, LAST_OWNER, NOT_MEMBER, DISABLED_USER, NOBODY_SELECTED

	}

}
