package io.paddock.workspace;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.paddock.shared.SearchPattern;
import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.account.UserCreated;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates workspaces, answers who may see and manage them, and keeps each user's current
 * workspace.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

	private final WorkspaceRepository workspaces;

	private final MembershipRepository memberships;

	private final AccountService accounts;

	private final Clock clock;

	WorkspaceService(WorkspaceRepository workspaces, MembershipRepository memberships, AccountService accounts,
			Clock clock) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Creates a workspace with the given name and makes the actor its owner.
	 */
	@Transactional
	public Workspace create(Actor actor, String requestedName) {
		WorkspaceName name = new WorkspaceName(requestedName);
		if (this.workspaces.existsByNameKey(WorkspaceName.keyOf(name.value()))) {
			throw new WorkspaceNameTakenException(name.value());
		}
		Workspace workspace;
		try {
			workspace = this.workspaces.saveAndFlush(Workspace.named(name, actor.id(), this.clock.instant()));
		}
		catch (DataIntegrityViolationException raceLost) {
			throw new WorkspaceNameTakenException(name.value());
		}
		this.memberships.save(new Membership(workspace.getId(), actor.id(), Role.OWNER, this.clock.instant()));
		return workspace;
	}

	@EventListener
	@Transactional
	void createDefaultWorkspace(UserCreated created) {
		Workspace workspace = this.workspaces
			.saveAndFlush(Workspace.defaultFor(created.userId(), created.email(), this.clock.instant()));
		this.memberships.save(new Membership(workspace.getId(), created.userId(), Role.OWNER, this.clock.instant()));
		this.accounts.rememberCurrentWorkspace(created.userId(), workspace.getId());
	}

	/**
	 * The workspace, if the actor may see it; otherwise the same answer as for a missing
	 * one.
	 */
	public Workspace get(Actor actor, long workspaceId) {
		Workspace workspace = this.workspaces.findById(workspaceId)
			.orElseThrow(() -> WorkspaceNotFoundException.withId(workspaceId));
		if (!maySee(actor, workspace)) {
			throw WorkspaceNotFoundException.withId(workspaceId);
		}
		return workspace;
	}

	public Optional<Workspace> findByName(Actor actor, String name) {
		if (name == null) {
			return Optional.empty();
		}
		return this.workspaces.findByNameKey(WorkspaceName.keyOf(name)).filter((w) -> maySee(actor, w));
	}

	public Optional<Role> roleOf(UUID userId, long workspaceId) {
		return this.memberships.findById(new MembershipId(workspaceId, userId)).map(Membership::getRole);
	}

	/**
	 * Whether the actor may invite, promote, demote and remove members and archive the
	 * workspace.
	 */
	public boolean mayManage(Actor actor, long workspaceId) {
		return actor.admin() || roleOf(actor.id(), workspaceId).filter((r) -> r == Role.OWNER).isPresent();
	}

	/**
	 * Checks that the actor may see the workspace, failing as if it did not exist.
	 */
	public Workspace requireVisible(Actor actor, long workspaceId) {
		return get(actor, workspaceId);
	}

	/**
	 * Checks that the actor may manage the workspace's members.
	 */
	public Workspace requireManager(Actor actor, long workspaceId) {
		Workspace workspace = get(actor, workspaceId);
		if (!mayManage(actor, workspaceId)) {
			throw new AccessDeniedException("Only owners of " + workspace.getName() + " can do that.");
		}
		return workspace;
	}

	/**
	 * Archives or unarchives the workspace (owners and admins). An archived workspace
	 * keeps its members, models and pipelines, but takes no new models or pipelines.
	 */
	@Transactional
	public Workspace setArchived(Actor actor, long workspaceId, boolean archived) {
		Workspace workspace = requireManager(actor, workspaceId);
		if (archived) {
			workspace.archive();
		}
		else {
			workspace.unarchive();
		}
		return workspace;
	}

	/**
	 * The actor's current workspace, falling back to their default workspace when the
	 * remembered one is gone or no longer visible.
	 */
	public Workspace current(Actor actor) {
		User user = this.accounts.get(actor.id());
		Long remembered = user.getCurrentWorkspaceId();
		if (remembered != null) {
			Optional<Workspace> workspace = this.workspaces.findById(remembered).filter((w) -> maySee(actor, w));
			if (workspace.isPresent()) {
				return workspace.get();
			}
		}
		return defaultWorkspaceOf(actor.id());
	}

	@Transactional
	public Workspace switchTo(Actor actor, long workspaceId) {
		Workspace workspace = get(actor, workspaceId);
		this.accounts.rememberCurrentWorkspace(actor.id(), workspace.getId());
		return workspace;
	}

	public User creatorOf(Workspace workspace) {
		return this.accounts.get(workspace.getCreatedBy());
	}

	public Workspace defaultWorkspaceOf(UUID userId) {
		return this.workspaces.findByDefaultFor(userId)
			.orElseThrow(() -> new WorkspaceNotFoundException("User " + userId + " has no default workspace."));
	}

	/**
	 * Workspaces the actor belongs to whose name contains the query, the actor's default
	 * workspace first.
	 */
	public List<Workspace> memberOf(Actor actor, String query, int limit) {
		return this.workspaces.memberOf(actor.id(), SearchPattern.containing(query), PageRequest.of(0, limit));
	}

	public List<Member> members(Actor actor, long workspaceId) {
		requireVisible(actor, workspaceId);
		return membersOf(workspaceId);
	}

	List<Member> membersOf(long workspaceId) {
		List<Membership> found = this.memberships.findByWorkspace(workspaceId);
		Map<UUID, User> users = this.accounts.findAll(found.stream().map(Membership::getUserId).toList());
		return found.stream().map((m) -> Member.of(m, users.get(m.getUserId()))).toList();
	}

	private boolean maySee(Actor actor, Workspace workspace) {
		return actor.admin() || this.memberships.existsById(new MembershipId(workspace.getId(), actor.id()));
	}

}
