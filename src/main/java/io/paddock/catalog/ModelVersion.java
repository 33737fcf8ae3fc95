package io.paddock.catalog;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded file of a model; every upload under the same name is a new version.
 */
@Entity
@Table(name = "model_versions")
public class ModelVersion {

	@Id
	private UUID id;

	private Long workspaceId;

	private String name;

	private String nameKey;

	/**
	 * The name key while this is the model's newest version, else {@code null}.
	 */
	private String latestKey;

	private String fileName;

	@Column(name = "size_bytes")
	private long size;

	private String sha256;

	private UUID uploadedBy;

	private Instant createdAt;

	protected ModelVersion() {
	}

	ModelVersion(UUID id, Long workspaceId, String name, String fileName, long size, String sha256, UUID uploadedBy,
			Instant createdAt) {
		this.id = id;
		this.workspaceId = workspaceId;
		this.name = name;
		this.nameKey = name.toLowerCase(Locale.ROOT);
		this.latestKey = this.nameKey;
		this.fileName = fileName;
		this.size = size;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return this.id;
	}

	public Long getWorkspaceId() {
		return this.workspaceId;
	}

	public String getName() {
		return this.name;
	}

	public String getNameKey() {
		return this.nameKey;
	}

	/**
	 * Marks this version as no longer the model's newest, before a newer one is saved.
	 */
	void supersede() {
		this.latestKey = null;
	}

	public String getFileName() {
		return this.fileName;
	}

	public long getSize() {
		return this.size;
	}

	public String getSha256() {
		return this.sha256;
	}

	public UUID getUploadedBy() {
		return this.uploadedBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
