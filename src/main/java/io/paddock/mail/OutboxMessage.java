package io.paddock.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An email written in the same transaction as the change it reports, sent later by
 * {@link OutboxSender}.
 */
@Entity
@Table(name = "outbox_messages")
public class OutboxMessage {

	private static final int MAX_ERROR_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_messages_seq")
	@SequenceGenerator(name = "outbox_messages_seq", allocationSize = 50)
	private Long id;

	private String recipient;

	private String subject;

	private String textBody;

	private String htmlBody;

	@Enumerated(EnumType.STRING)
	private OutboxStatus status;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant claimedAt;

	private String lastError;

	private Instant createdAt;

	private Instant sentAt;

	private Long invitationWorkspaceId;

	private UUID invitationUserId;

	protected OutboxMessage() {
	}

	OutboxMessage(String recipient, String subject, String textBody, String htmlBody, Instant now) {
		this.recipient = recipient;
		this.subject = subject;
		this.textBody = textBody;
		this.htmlBody = htmlBody;
		this.status = OutboxStatus.PENDING;
		this.nextAttemptAt = now;
		this.createdAt = now;
	}

	/**
	 * Marks the message as the invitation of a member to a workspace.
	 */
	OutboxMessage invites(long workspaceId, UUID userId) {
		this.invitationWorkspaceId = workspaceId;
		this.invitationUserId = userId;
		return this;
	}

	void sent(Instant now) {
		this.status = OutboxStatus.SENT;
		this.attempts++;
		this.sentAt = now;
		this.lastError = null;
	}

	void failed(String reason, Instant now, Duration retryIn) {
		this.status = OutboxStatus.FAILED;
		this.attempts++;
		this.lastError = (reason.length() > MAX_ERROR_LENGTH) ? reason.substring(0, MAX_ERROR_LENGTH) : reason;
		this.nextAttemptAt = now.plus(retryIn);
	}

	public Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public String getSubject() {
		return this.subject;
	}

	/**
	 * The HTML part as sent, for showing in a frame of the Outbox: its links open in the
	 * whole window (a {@code <base target="_top">} in its head).
	 */
	public String getHtmlBodyForFrame() {
		String base = "<base target=\"_top\">";
		int head = this.htmlBody.indexOf("<head>");
		return (head < 0) ? base + this.htmlBody
				: this.htmlBody.substring(0, head + 6) + base + this.htmlBody.substring(head + 6);
	}

	public String getTextBody() {
		return this.textBody;
	}

	public String getHtmlBody() {
		return this.htmlBody;
	}

	public OutboxStatus getStatus() {
		return this.status;
	}

	public int getAttempts() {
		return this.attempts;
	}

	public Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	public String getLastError() {
		return this.lastError;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getSentAt() {
		return this.sentAt;
	}

}
