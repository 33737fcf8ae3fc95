package io.paddock.workspace;

import io.paddock.workspace.WorkspaceAccess.Action;

/**
 * The controls a page offers in one workspace, as the access policy decides them: the
 * templates ask this instead of holding rules of their own.
 */
public record AllowedActions(WorkspaceAccess access) {

	public boolean addContent() {
		return this.access.decide(Action.ADD_CONTENT).allowed();
	}

	public boolean invite() {
		return this.access.decide(Action.INVITE).allowed();
	}

	/**
	 * Archive workspace, or Unarchive workspace when it is archived.
	 */
	public boolean archiveToggle() {
		return this.access.decide(this.access.workspace().isArchived() ? Action.UNARCHIVE : Action.ARCHIVE).allowed();
	}

	public boolean leave() {
		return this.access.decide(Action.LEAVE).allowed();
	}

	/**
	 * The ... menu beside each member.
	 */
	public boolean memberMenu() {
		return this.access.decide(Action.REMOVE).allowed();
	}

	public boolean promote(Member member) {
		return !member.isOwner() && this.access.decide(Action.PROMOTE, member).allowed();
	}

	public boolean demote(Member member) {
		return member.isOwner() && this.access.decide(Action.DEMOTE, member).offered();
	}

	public boolean remove(Member member) {
		return this.access.decide(Action.REMOVE, member).offered();
	}

}
