package io.paddock.workspace;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named place that groups models and pipelines, shared by its members.
 */
@Entity
@Table(name = "workspaces")
public class Workspace {

	static final String DEFAULT_SUFFIX = " - Default Workspace";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nameKey;

	private boolean archived;

	private UUID createdBy;

	private Instant createdAt;

	private UUID defaultFor;

	protected Workspace() {
	}

	private Workspace(String name, UUID createdBy, Instant createdAt, UUID defaultFor) {
		this.name = name;
		this.nameKey = WorkspaceName.keyOf(name);
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.defaultFor = defaultFor;
	}

	static Workspace named(WorkspaceName name, UUID createdBy, Instant createdAt) {
		return new Workspace(name.value(), createdBy, createdAt, null);
	}

	static Workspace defaultFor(UUID userId, String email, Instant createdAt) {
		return new Workspace(email + DEFAULT_SUFFIX, userId, createdAt, userId);
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	String getNameKey() {
		return this.nameKey;
	}

	public boolean isArchived() {
		return this.archived;
	}

	public UUID getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * Whether this is the personal default workspace of the given user.
	 */
	public boolean isDefaultOf(UUID userId) {
		return this.defaultFor != null && this.defaultFor.equals(userId);
	}

	public UUID getDefaultFor() {
		return this.defaultFor;
	}

	void archive() {
		this.archived = true;
	}

	void unarchive() {
		this.archived = false;
	}

}
