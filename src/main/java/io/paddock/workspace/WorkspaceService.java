package io.paddock.workspace;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.paddock.shared.SearchPattern;
import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.account.UserNotFoundException;
import io.paddock.account.UserCreated;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceEvents.WorkspaceArchiveChanged;
import io.paddock.workspace.WorkspaceEvents.WorkspaceCreated;

import org.springframework.context.ApplicationEventPublisher;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates workspaces, hands the access policy what it decides from
 * ({@link WorkspaceAccess}), and keeps each user's current workspace.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceService {

	private final WorkspaceRepository workspaces;

	private final MembershipRepository memberships;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkspaceService(WorkspaceRepository workspaces, MembershipRepository memberships, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.accounts = accounts;
		this.events = events;
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
		this.memberships.save(new Membership(workspace, actor.id(), Role.OWNER, this.clock.instant()));
		this.events.publishEvent(new WorkspaceCreated(workspace.getId(), workspace.getName(), actor.id()));
		return workspace;
	}

	/**
	 * Whether any workspace has this name, also one the caller cannot see.
	 */
	public boolean nameTaken(String name) {
		return this.workspaces.existsByNameKey(WorkspaceName.keyOf(name));
	}

	@EventListener
	@Transactional
	void createDefaultWorkspace(UserCreated created) {
		Workspace workspace = this.workspaces
			.saveAndFlush(Workspace.defaultFor(created.userId(), created.email(), this.clock.instant()));
		this.memberships.save(new Membership(workspace, created.userId(), Role.OWNER, this.clock.instant()));
		this.accounts.rememberCurrentWorkspace(created.userId(), workspace.getId());
	}

	/**
	 * The signed-in user with their current workspace, falling back to their default
	 * workspace when the remembered one is gone or no longer visible; empty when the user
	 * no longer exists. Loaded once per request (one statement, usually).
	 */
	public Optional<Viewer> viewer(UUID userId) {
		return Optional.ofNullable(RequestMemo.get(viewerKey(userId), () -> loadViewer(userId)));
	}

	/**
	 * The workspace, if the actor may see it; otherwise the same answer as for a missing
	 * one.
	 */
	public Workspace get(Actor actor, long workspaceId) {
		return require(actor, workspaceId, Action.SEE);
	}

	public Optional<Workspace> findByName(Actor actor, String name) {
		if (name == null) {
			return Optional.empty();
		}
		return this.workspaces.findWithRoleByNameKey(WorkspaceName.keyOf(name), actor.id())
			.stream()
			.findFirst()
			.map((row) -> access(actor, (Workspace) row[0], (Role) row[1]))
			.filter((access) -> access.decide(Action.SEE).allowed())
			.map(WorkspaceAccess::workspace);
	}

	/**
	 * What the actor may do in the workspace, decided from what this request has already
	 * loaded; fails as if the workspace did not exist when there is no such workspace.
	 */
	public WorkspaceAccess access(Actor actor, long workspaceId) {
		Visible seen = seen(actor.id(), workspaceId).orElseThrow(() -> WorkspaceNotFoundException.withId(workspaceId));
		return access(actor, seen.workspace(), seen.role());
	}

	/**
	 * What the actor may do in the workspace whose members a page has loaded: their role
	 * and the number of owners come from that list.
	 */
	public WorkspaceAccess access(Actor actor, Workspace workspace, List<Member> members) {
		Role role = members.stream()
			.filter((member) -> member.userId().equals(actor.id()))
			.map(Member::role)
			.findFirst()
			.orElse(null);
		return new WorkspaceAccess(actor, role, workspace, () -> members.stream().filter(Member::isOwner).count());
	}

	/**
	 * Checks that the actor may see the workspace, failing as if it did not exist.
	 */
	public Workspace requireVisible(Actor actor, long workspaceId) {
		return get(actor, workspaceId);
	}

	/**
	 * Checks that the actor may do the action in the workspace.
	 */
	public Workspace require(Actor actor, long workspaceId, Action action) {
		return access(actor, workspaceId).require(action);
	}

	/**
	 * Locks the workspace's row until the transaction ends, so that changes to its
	 * content that must not interleave (two uploads of one model) take turns.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockForChange(long workspaceId) {
		this.workspaces.lockById(workspaceId).orElseThrow(() -> WorkspaceNotFoundException.withId(workspaceId));
	}

	/**
	 * Archives or unarchives the workspace (owners and admins). An archived workspace
	 * keeps its members, models and pipelines, but takes no new models or pipelines.
	 */
	@Transactional
	public Workspace setArchived(Actor actor, long workspaceId, boolean archived) {
		require(actor, workspaceId, archived ? Action.ARCHIVE : Action.UNARCHIVE);
		Workspace workspace = this.workspaces.findById(workspaceId)
			.orElseThrow(() -> WorkspaceNotFoundException.withId(workspaceId));
		if (workspace.isArchived() == archived) {
			return workspace;
		}
		if (archived) {
			workspace.archive();
		}
		else {
			workspace.unarchive();
		}
		this.events.publishEvent(new WorkspaceArchiveChanged(workspaceId, workspace.getName(), archived, actor.id()));
		return workspace;
	}

	/**
	 * The actor's current workspace, falling back to their default workspace when the
	 * remembered one is gone or no longer visible.
	 */
	public Workspace current(Actor actor) {
		return viewer(actor.id()).orElseThrow(() -> new UserNotFoundException(actor.id().toString()))
			.currentWorkspace();
	}

	@Transactional
	public Workspace switchTo(Actor actor, long workspaceId) {
		Workspace workspace = get(actor, workspaceId);
		this.accounts.rememberCurrentWorkspace(actor.id(), workspace.getId());
		viewer(actor.id())
			.ifPresent((viewer) -> RequestMemo.put(viewerKey(actor.id()), new Viewer(viewer.user(), workspace)));
		return workspace;
	}

	/**
	 * Who created the workspace, found among its members when they still are one (without
	 * role and date when they are not).
	 */
	public Member creatorOf(Workspace workspace, List<Member> members) {
		return members.stream()
			.filter((member) -> member.userId().equals(workspace.getCreatedBy()))
			.findFirst()
			.orElseGet(() -> {
				User creator = this.accounts.get(workspace.getCreatedBy());
				return new Member(creator.getId(), creator.getEmail(), creator.getDisplayName(), null, null);
			});
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
		String pattern = SearchPattern.containing(query);
		List<Workspace> found = SearchPattern.matchesEverything(pattern) ? this.workspaces.memberOf(actor.id(), limit)
				: this.workspaces.memberOfMatching(actor.id(), pattern, limit);
		return found.stream()
			.sorted(Comparator.comparing((Workspace w) -> !w.isDefaultOf(actor.id()))
				.thenComparing(Workspace::getNameKey))
			.limit(limit)
			.toList();
	}

	public List<Member> members(Actor actor, long workspaceId) {
		requireVisible(actor, workspaceId);
		return membersOf(workspaceId);
	}

	List<Member> membersOf(long workspaceId) {
		return this.memberships.findMembers(workspaceId);
	}

	private WorkspaceAccess access(Actor actor, Workspace workspace, Role role) {
		return new WorkspaceAccess(actor, role, workspace,
				() -> this.memberships.countByWorkspaceAndRole(workspace.getId(), Role.OWNER));
	}

	private Optional<Visible> seen(UUID userId, long workspaceId) {
		return Optional.ofNullable(RequestMemo.get(visibleKey(userId, workspaceId),
				() -> this.workspaces.findWithRole(workspaceId, userId)
					.stream()
					.findFirst()
					.map((row) -> new Visible((Workspace) row[0], (Role) row[1]))
					.orElse(null)));
	}

	private Viewer loadViewer(UUID userId) {
		List<Object[]> rows = this.workspaces.findUserWithCurrent(userId);
		if (rows.isEmpty()) {
			return null;
		}
		User user = (User) rows.get(0)[0];
		Workspace remembered = (Workspace) rows.get(0)[1];
		Role role = (Role) rows.get(0)[2];
		if (remembered != null && (role != null || user.isAdmin())) {
			RequestMemo.put(visibleKey(userId, remembered.getId()), new Visible(remembered, role));
			return new Viewer(user, remembered);
		}
		return new Viewer(user, defaultWorkspaceOf(userId));
	}

	private static String viewerKey(UUID userId) {
		return "viewer." + userId;
	}

	private static String visibleKey(UUID userId, long workspaceId) {
		return "workspace." + userId + "." + workspaceId;
	}

	/**
	 * A workspace and the user's role in it, {@code null} when they are not a member.
	 */
	private record Visible(Workspace workspace, Role role) {

	}

}
