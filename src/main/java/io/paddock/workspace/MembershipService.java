package io.paddock.workspace;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.account.UserNotFoundException;
import io.paddock.workspace.MembershipEvents.Invitee;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.MembershipEvents.MembersInvited;
import io.paddock.workspace.MembershipEvents.MemberRemoved;
import io.paddock.workspace.MembershipEvents.MemberRoleChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites users to workspaces, changes their roles and removes them. Every change first
 * locks the workspace row, so concurrent changes to one workspace run one after the other
 * and a workspace can never lose its last owner.
 */
@Service
@Transactional
public class MembershipService {

	private final WorkspaceRepository workspaces;

	private final MembershipRepository memberships;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MembershipService(WorkspaceRepository workspaces, MembershipRepository memberships, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds the invited users in one transaction: all of them, or none when one is
	 * refused. The users and their present memberships are read with one query each, and
	 * the new memberships are written together.
	 */
	public List<Member> invite(Actor actor, long workspaceId, List<Invitation> invitations) {
		if (invitations.isEmpty()) {
			throw MembershipException.nobodySelected();
		}
		Workspace workspace = lock(actor, workspaceId).require(Action.INVITE);
		Map<UUID, Role> roles = new LinkedHashMap<>();
		invitations.forEach((invitation) -> roles.putIfAbsent(invitation.userId(), invitation.role()));
		Map<UUID, User> users = this.accounts.findAll(roles.keySet());
		Map<User, Role> invited = new LinkedHashMap<>();
		roles.forEach((userId, role) -> {
			User user = users.get(userId);
			if (user == null) {
				throw MembershipException.unknownUser(userId);
			}
			invited.put(user, role);
		});
		return add(actor, workspace, invited);
	}

	/**
	 * Adds an existing user of the instance as a collaborator (the SDK's add_user).
	 */
	public Member addUser(Actor actor, long workspaceId, String email) {
		Workspace workspace = lock(actor, workspaceId).require(Action.INVITE);
		return add(actor, workspace, Map.of(userByEmail(email), Role.COLLABORATOR)).get(0);
	}

	/**
	 * Makes an existing user of the instance an owner: promotes a member, adds anyone
	 * else as owner (the SDK's add_owner).
	 */
	public Member addOwner(Actor actor, long workspaceId, String email) {
		WorkspaceAccess access = lock(actor, workspaceId);
		Workspace workspace = access.require(Action.INVITE);
		User user = userByEmail(email);
		Membership membership = this.memberships.findById(new MembershipId(workspaceId, user.getId())).orElse(null);
		if (membership == null) {
			return add(actor, workspace, Map.of(user, Role.OWNER)).get(0);
		}
		return changeRole(actor, access, membership, user, Role.OWNER);
	}

	public Member promote(Actor actor, long workspaceId, UUID userId) {
		return changeRole(actor, workspaceId, userId, Role.OWNER);
	}

	public Member demote(Actor actor, long workspaceId, UUID userId) {
		return changeRole(actor, workspaceId, userId, Role.COLLABORATOR);
	}

	/**
	 * Demotes an owner given by email to collaborator (the API's counterpart of Demote to
	 * Collaborator).
	 */
	public Member demoteByEmail(Actor actor, long workspaceId, String email) {
		WorkspaceAccess access = lock(actor, workspaceId);
		Workspace workspace = access.require(Action.DEMOTE);
		User user = userByEmail(email);
		return changeRole(actor, access, membershipOf(workspace, user), user, Role.COLLABORATOR);
	}

	public Member changeRole(Actor actor, long workspaceId, UUID userId, Role role) {
		WorkspaceAccess access = lock(actor, workspaceId);
		Workspace workspace = access.require(actionFor(role));
		User user = this.accounts.get(userId);
		return changeRole(actor, access, membershipOf(workspace, user), user, role);
	}

	/**
	 * Removes a member; returns them as they were, e.g. for a notice naming whom.
	 */
	public Member remove(Actor actor, long workspaceId, UUID userId) {
		WorkspaceAccess access = lock(actor, workspaceId);
		Workspace workspace = access.require(Action.REMOVE);
		User user = this.accounts.get(userId);
		Membership membership = membershipOf(workspace, user);
		Member removed = Member.of(membership, user);
		access.require(Action.REMOVE, removed);
		remove(actor, workspace, membership);
		return removed;
	}

	/**
	 * Removes a member given by email (the SDK's remove_user).
	 */
	public void removeByEmail(Actor actor, long workspaceId, String email) {
		WorkspaceAccess access = lock(actor, workspaceId);
		Workspace workspace = access.require(Action.REMOVE);
		User user = userByEmail(email);
		Membership membership = membershipOf(workspace, user);
		access.require(Action.REMOVE, Member.of(membership, user));
		remove(actor, workspace, membership);
	}

	/**
	 * The actor leaves a workspace they belong to.
	 */
	public void leave(Actor actor, long workspaceId) {
		Workspace workspace = lock(actor, workspaceId).require(Action.LEAVE);
		remove(actor, workspace, this.memberships.findById(new MembershipId(workspaceId, actor.id())).orElseThrow());
	}

	/**
	 * Adds the users with their roles, checking each in order; the memberships are
	 * written in one flush, which batches the inserts.
	 */
	private List<Member> add(Actor actor, Workspace workspace, Map<User, Role> invited) {
		List<UUID> ids = invited.keySet().stream().map(User::getId).toList();
		Set<UUID> members = new HashSet<>(this.memberships.findMemberIds(workspace.getId(), ids.toArray(UUID[]::new)));
		List<Membership> added = new ArrayList<>(invited.size());
		List<Member> result = new ArrayList<>(invited.size());
		invited.forEach((user, role) -> {
			if (!user.isEnabled()) {
				throw MembershipException.disabledUser(user.getEmail());
			}
			if (members.contains(user.getId())) {
				throw MembershipException.alreadyMember(user.getEmail(), workspace.getName());
			}
			Membership membership = new Membership(workspace, user.getId(), role, this.clock.instant());
			added.add(membership);
			result.add(Member.of(membership, user));
		});
		this.memberships.saveAll(added);
		this.memberships.flush();
		this.events.publishEvent(new MembersInvited(workspace.getId(), workspace.getName(),
				result.stream().map((member) -> new Invitee(member.userId(), member.role())).toList(), actor.id()));
		return result;
	}

	private Member changeRole(Actor actor, WorkspaceAccess access, Membership membership, User user, Role role) {
		Member member = Member.of(membership, user);
		if (membership.getRole() == role) {
			return member;
		}
		Workspace workspace = access.require(actionFor(role), member);
		membership.changeRole(role);
		this.memberships.flush();
		this.events.publishEvent(
				new MemberRoleChanged(workspace.getId(), workspace.getName(), user.getId(), role, actor.id()));
		return Member.of(membership, user);
	}

	private void remove(Actor actor, Workspace workspace, Membership membership) {
		this.memberships.delete(membership);
		this.memberships.flush();
		User user = this.accounts.get(membership.getUserId());
		if (workspace.getId().equals(user.getCurrentWorkspaceId())) {
			this.workspaces.findByDefaultFor(user.getId())
				.ifPresent((fallback) -> this.accounts.rememberCurrentWorkspace(user.getId(), fallback.getId()));
		}
		this.events.publishEvent(
				new MemberRemoved(workspace.getId(), workspace.getName(), membership.getUserId(), actor.id()));
	}

	private static Action actionFor(Role role) {
		return (role == Role.OWNER) ? Action.PROMOTE : Action.DEMOTE;
	}

	private Membership membershipOf(Workspace workspace, User user) {
		return this.memberships.findById(new MembershipId(workspace.getId(), user.getId()))
			.orElseThrow(() -> MembershipException.notMember(user.getEmail(), workspace.getName()));
	}

	private User userByEmail(String email) {
		return this.accounts.findByEmail(email).orElseThrow(() -> new UserNotFoundException(String.valueOf(email)));
	}

	/**
	 * Locks the workspace for this transaction, so that the owners counted for the
	 * last-owner rule stay counted until it ends, and reads what the actor may do in it.
	 */
	private WorkspaceAccess lock(Actor actor, long workspaceId) {
		Workspace workspace = this.workspaces.lockById(workspaceId)
			.orElseThrow(() -> WorkspaceNotFoundException.withId(workspaceId));
		Role role = this.memberships.findById(new MembershipId(workspaceId, actor.id()))
			.map(Membership::getRole)
			.orElse(null);
		return new WorkspaceAccess(actor, role, workspace,
				() -> this.memberships.countByWorkspaceAndRole(workspaceId, Role.OWNER));
	}

}
