package io.paddock.mail;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.paddock.account.Actor;
import io.paddock.shared.NotFoundException;
import io.paddock.workspace.Member;
import io.paddock.workspace.MembershipEvents.Invitee;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the invitation email of each member invited by email is pending, sent or
 * failing, and sending it again: for those who may manage the workspace's members.
 */
@Service
@Transactional(readOnly = true)
public class InvitationDelivery {

	private final WorkspaceService workspaces;

	private final Outbox outbox;

	private final MembershipMail mail;

	private final ApplicationEventPublisher events;

	InvitationDelivery(WorkspaceService workspaces, Outbox outbox, MembershipMail mail,
			ApplicationEventPublisher events) {
		this.workspaces = workspaces;
		this.outbox = outbox;
		this.mail = mail;
		this.events = events;
	}

	/**
	 * The members invited by email, each with the status of their latest invitation.
	 */
	public List<InvitedMember> of(Actor actor, long workspaceId) {
		this.workspaces.require(actor, workspaceId, Action.INVITE);
		Map<UUID, OutboxStatus> statuses = this.outbox.invitationStatuses(workspaceId);
		if (statuses.isEmpty()) {
			return List.of();
		}
		return this.workspaces.members(actor, workspaceId)
			.stream()
			.filter((member) -> statuses.containsKey(member.userId()))
			.map((member) -> new InvitedMember(member, statuses.get(member.userId())))
			.toList();
	}

	/**
	 * Writes the member's invitation again, as sent by the actor; returns the member.
	 */
	@Transactional
	public Member resend(Actor actor, long workspaceId, UUID userId) {
		Workspace workspace = this.workspaces.require(actor, workspaceId, Action.INVITE);
		Member member = this.workspaces.members(actor, workspaceId)
			.stream()
			.filter((candidate) -> candidate.userId().equals(userId))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(
					"User " + userId + " is not a member of " + workspace.getName() + "; invite them first."));
		this.mail.invite(workspaceId, workspace.getName(), actor.id(),
				List.of(new Invitee(member.userId(), member.role())));
		this.events.publishEvent(
				new InvitationResent(workspaceId, workspace.getName(), member.userId(), member.role(), actor.id()));
		return member;
	}

	/**
	 * A member invited by email and how their latest invitation stands.
	 */
	public record InvitedMember(Member member, OutboxStatus status) {

	}

}
