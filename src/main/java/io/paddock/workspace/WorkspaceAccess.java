package io.paddock.workspace;

import java.util.UUID;
import java.util.function.LongSupplier;

import io.paddock.account.Actor;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in one workspace: the access table of the spec, decided in this one
 * place for the services, the API and the pages. It decides from what the caller already
 * loaded (the caller, their role in the workspace, the workspace and, for the last-owner
 * rule, how many owners it has) and reads nothing itself.
 */
public final class WorkspaceAccess {

	private final Actor caller;

	private final Role role;

	private final Workspace workspace;

	private final LongSupplier owners;

	/**
	 * @param role the caller's role in the workspace, {@code null} when not a member
	 * @param owners counts the workspace's owners; asked only when the last-owner rule
	 * applies, so a change can count them after locking the workspace
	 */
	WorkspaceAccess(Actor caller, Role role, Workspace workspace, LongSupplier owners) {
		this.caller = caller;
		this.role = role;
		this.workspace = workspace;
		this.owners = owners;
	}

	public Workspace workspace() {
		return this.workspace;
	}

	/**
	 * The controls a page may offer, for its templates.
	 */
	public AllowedActions allowedActions() {
		return new AllowedActions(this);
	}

	/**
	 * What the caller may do to the workspace itself (see it, add models and pipelines,
	 * invite, archive, unarchive, leave); for promote, demote and remove, whether they
	 * may do that to anyone at all.
	 */
	public Decision decide(Action action) {
		Decision seeing = (this.caller.admin() || this.role != null) ? Decision.ALLOWED : Decision.DOES_NOT_EXIST;
		if (!seeing.allowed()) {
			return seeing;
		}
		return switch (action) {
			case SEE -> Decision.ALLOWED;
			case ADD_CONTENT -> this.workspace.isArchived() ? Decision.ARCHIVED : Decision.ALLOWED;
			case INVITE, PROMOTE, DEMOTE, REMOVE, UNARCHIVE -> managing();
			case ARCHIVE -> (managing().allowed() && this.workspace.getDefaultFor() != null)
					? Decision.DEFAULT_WORKSPACE : managing();
			case LEAVE -> (this.role == null) ? Decision.NOT_A_MEMBER : leaving(this.caller.id(), this.role);
		};
	}

	/**
	 * What the caller may do to one member (promote, demote, remove). Giving a member the
	 * role they already have is allowed and changes nothing.
	 */
	public Decision decide(Action action, Member target) {
		Decision managing = decide(action);
		if (!managing.allowed()) {
			return managing;
		}
		return switch (action) {
			case PROMOTE -> Decision.ALLOWED;
			case DEMOTE -> (target.isOwner() && lastOwner()) ? Decision.LAST_OWNER : Decision.ALLOWED;
			case REMOVE -> leaving(target.userId(), target.role());
			default -> Decision.ALLOWED;
		};
	}

	/**
	 * The workspace, when the decision allows the action; otherwise the refusal the
	 * decision stands for, in words a person can act on.
	 */
	public Workspace require(Action action) {
		return require(action, decide(action));
	}

	public Workspace require(Action action, Member target) {
		return require(action, decide(action, target));
	}

	private Workspace require(Action action, Decision decision) {
		return switch (decision) {
			case ALLOWED -> this.workspace;
			case DOES_NOT_EXIST -> throw WorkspaceNotFoundException.withId(this.workspace.getId());
			case OWNERS_ONLY -> throw new AccessDeniedException(
					"Only owners of " + this.workspace.getName() + " can " + action.wording + ".");
			case NOT_A_MEMBER -> throw MembershipException.notMember(this.caller.email(), this.workspace.getName());
			case LAST_OWNER -> throw MembershipException.lastOwner(action.lastOwnerWording);
			case DEFAULT_WORKSPACE -> throw (action == Action.ARCHIVE)
					? new WorkspaceArchiveException("A default workspace cannot be archived.")
					: MembershipException.defaultWorkspace();
			case ARCHIVED -> throw new WorkspaceArchiveException(
					"Workspace " + this.workspace.getName() + " is archived: unarchive it to " + action.wording + ".");
		};
	}

	private Decision managing() {
		return (this.caller.admin() || this.role == Role.OWNER) ? Decision.ALLOWED : Decision.OWNERS_ONLY;
	}

	private Decision leaving(UUID member, Role memberRole) {
		if (this.workspace.isDefaultOf(member)) {
			return Decision.DEFAULT_WORKSPACE;
		}
		return (memberRole == Role.OWNER && lastOwner()) ? Decision.LAST_OWNER : Decision.ALLOWED;
	}

	private boolean lastOwner() {
		return this.owners.getAsLong() <= 1;
	}

	/**
	 * What a caller asks to do in a workspace.
	 */
	public enum Action {

		SEE("see it"), ADD_CONTENT("add models or pipelines"), INVITE("invite users"), PROMOTE("promote members"),
		DEMOTE("demote members", "be demoted"), REMOVE("remove members", "be removed"), LEAVE("leave", "leave it"),
		ARCHIVE("archive it"), UNARCHIVE("unarchive it");

		private final String wording;

		private final String lastOwnerWording;

		Action(String wording) {
			this(wording, wording);
		}

		Action(String wording, String lastOwnerWording) {
			this.wording = wording;
			this.lastOwnerWording = lastOwnerWording;
		}

	}

	/**
	 * The answer: allowed, or why not.
	 */
	public enum Decision {

		ALLOWED,
		/** Neither a member nor an admin: told the workspace does not exist. */
		DOES_NOT_EXIST,
		/** Only owners and admins manage members and archive. */
		OWNERS_ONLY,
		/** Leaving a workspace one does not belong to. */
		NOT_A_MEMBER,
		/** A workspace always keeps at least one owner. */
		LAST_OWNER,
		/**
		 * Nobody leaves or is removed from their default workspace, which is never
		 * archived.
		 */
		DEFAULT_WORKSPACE,
		/** An archived workspace takes no new models or pipelines. */
		ARCHIVED;

		public boolean allowed() {
			return this == ALLOWED;
		}

		/**
		 * Whether a page offers the control: allowed, or refused for the last-owner rule,
		 * which the answer to the click explains.
		 */
		public boolean offered() {
			return this == ALLOWED || this == LAST_OWNER;
		}

	}

}
