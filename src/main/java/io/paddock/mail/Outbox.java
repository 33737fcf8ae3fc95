package io.paddock.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.paddock.account.Actor;
import io.paddock.shared.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The durable outbox: emails are stored in the caller's transaction and sent after it
 * commits. Admins can read every message, which is how mail is delivered when no mail
 * server is configured.
 */
@Service
@Transactional(readOnly = true)
public class Outbox {

	private final OutboxRepository messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Outbox(OutboxRepository messages, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores a message; must join the transaction of the change it reports.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public OutboxMessage enqueue(String recipient, String subject, String textBody, String htmlBody) {
		return enqueue(new OutboxMessage(recipient, subject, textBody, htmlBody, this.clock.instant()));
	}

	/**
	 * Stores the invitation of a member to a workspace, whose status the workspace page
	 * shows; must join the transaction of the change it reports.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	OutboxMessage enqueueInvitation(long workspaceId, UUID userId, String recipient, String subject, String textBody,
			String htmlBody) {
		return enqueue(new OutboxMessage(recipient, subject, textBody, htmlBody, this.clock.instant())
			.invites(workspaceId, userId));
	}

	/**
	 * The status of the latest invitation email of each member of the workspace invited
	 * by email (read with one statement).
	 */
	Map<UUID, OutboxStatus> invitationStatuses(long workspaceId) {
		Map<UUID, OutboxStatus> statuses = new HashMap<>();
		this.messages.findInvitations(workspaceId)
			.forEach((invitation) -> statuses.putIfAbsent(invitation.getUserId(), invitation.getStatus()));
		return statuses;
	}

	private OutboxMessage enqueue(OutboxMessage message) {
		OutboxMessage saved = this.messages.save(message);
		this.events.publishEvent(new MessageQueued(saved.getId()));
		return saved;
	}

	public Page<OutboxMessage> list(Actor actor, Pageable pageable) {
		requireAdmin(actor);
		return this.messages.newestFirst(pageable);
	}

	public OutboxMessage get(Actor actor, long id) {
		requireAdmin(actor);
		return this.messages.findById(id)
			.orElseThrow(() -> new NotFoundException("Message " + id + " does not exist."));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.admin()) {
			throw new AccessDeniedException("Only admins can read the outbox.");
		}
	}

	/**
	 * Published when a message was stored, so the sender can start right after commit.
	 */
	record MessageQueued(Long messageId) {

	}

}
