package io.paddock.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A one-time link that lets a user set their password. Only a SHA-256 hash of its token
 * is stored: the token is 256 random bits and lives only in the email.
 */
@Entity
@Table(name = "password_links")
class PasswordLink {

	@Id
	private UUID id;

	private UUID userId;

	@Enumerated(EnumType.STRING)
	private PasswordLinkPurpose purpose;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant usedAt;

	protected PasswordLink() {
	}

	PasswordLink(UUID userId, PasswordLinkPurpose purpose, String tokenHash, Instant now) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.validFor());
	}

	UUID getId() {
		return this.id;
	}

	UUID getUserId() {
		return this.userId;
	}

	PasswordLinkPurpose getPurpose() {
		return this.purpose;
	}

	Instant getExpiresAt() {
		return this.expiresAt;
	}

	/**
	 * Why the link cannot be used at this moment, if it cannot.
	 */
	PasswordLinkState stateAt(Instant now) {
		if (this.usedAt != null) {
			return PasswordLinkState.USED;
		}
		return now.isBefore(this.expiresAt) ? PasswordLinkState.VALID : PasswordLinkState.EXPIRED;
	}

}
