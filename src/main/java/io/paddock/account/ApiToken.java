package io.paddock.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token. Only a SHA-256 hash of the token is stored: tokens are 256 random
 * bits, so a fast hash is enough to make a stolen database useless for calling the API.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

	@Id
	private UUID id;

	private UUID userId;

	private String name;

	private String tokenHash;

	private Instant createdAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(UUID userId, String name, String tokenHash, Instant createdAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getUserId() {
		return this.userId;
	}

	public String getName() {
		return this.name;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

	public boolean isRevoked() {
		return this.revokedAt != null;
	}

	void used(Instant now) {
		this.lastUsedAt = now;
	}

	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

}
