package io.paddock.activity;

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
 * One change to a workspace, written in the transaction of the change and never edited.
 */
@Entity
@Table(name = "activity_entries")
public class ActivityEntry {

	static final int MAX_TEXT = 320;

	static final int MAX_DETAILS = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_entries_seq")
	@SequenceGenerator(name = "activity_entries_seq", allocationSize = 50)
	private Long id;

	private long workspaceId;

	private String workspaceName;

	private UUID actorId;

	@Enumerated(EnumType.STRING)
	private ActivityAction action;

	private String subject;

	private String details;

	@Enumerated(EnumType.STRING)
	private ActivitySource source;

	private Instant occurredAt;

	protected ActivityEntry() {
	}

	ActivityEntry(long workspaceId, String workspaceName, UUID actorId, ActivityAction action, String subject,
			String details, ActivitySource source, Instant occurredAt) {
		this.workspaceId = workspaceId;
		this.workspaceName = cut(workspaceName, MAX_TEXT);
		this.actorId = actorId;
		this.action = action;
		this.subject = cut(subject, MAX_TEXT);
		this.details = (details != null) ? cut(details, MAX_DETAILS) : null;
		this.source = source;
		this.occurredAt = occurredAt;
	}

	private static String cut(String text, int length) {
		return (text.length() > length) ? text.substring(0, length) : text;
	}

	public Long getId() {
		return this.id;
	}

	public long getWorkspaceId() {
		return this.workspaceId;
	}

	public String getWorkspaceName() {
		return this.workspaceName;
	}

	public UUID getActorId() {
		return this.actorId;
	}

	public ActivityAction getAction() {
		return this.action;
	}

	public String getSubject() {
		return this.subject;
	}

	public String getDetails() {
		return this.details;
	}

	public ActivitySource getSource() {
		return this.source;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
