package io.paddock.account;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person who can sign in to this Paddock instance.
 */
@Entity
@Table(name = "users")
public class User {

	@Id
	private UUID id;

	private String email;

	@Column(name = "email_key")
	private String emailKey;

	private String displayName;

	@Enumerated(EnumType.STRING)
	@Column(name = "user_type")
	private UserType type;

	private String passwordHash;

	private boolean enabled;

	private Long currentWorkspaceId;

	private Instant createdAt;

	protected User() {
	}

	User(String email, String displayName, UserType type, String passwordHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.email = email.strip();
		this.emailKey = keyOf(email);
		this.displayName = displayName.strip();
		this.type = type;
		this.passwordHash = passwordHash;
		this.enabled = true;
		this.createdAt = createdAt;
	}

	static String keyOf(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	public UUID getId() {
		return this.id;
	}

	public String getEmail() {
		return this.email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public UserType getType() {
		return this.type;
	}

	public boolean isAdmin() {
		return this.type == UserType.ADMIN;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	/**
	 * Whether the user has a password: one added without waits for their activation link.
	 */
	public boolean isActivated() {
		return this.passwordHash != null;
	}

	public Long getCurrentWorkspaceId() {
		return this.currentWorkspaceId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	void rememberCurrentWorkspace(Long workspaceId) {
		this.currentWorkspaceId = workspaceId;
	}

	public Actor toActor() {
		return new Actor(this.id, this.email, this.displayName, isAdmin());
	}

}
