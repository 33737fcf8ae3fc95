package io.paddock.workspace;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import io.paddock.account.User;

/**
 * A workspace member as pages and the API show them.
 */
public record Member(UUID userId, String email, String displayName, Role role, Instant since) implements Serializable {

	static Member of(Membership membership, User user) {
		return new Member(user.getId(), user.getEmail(), user.getDisplayName(), membership.getRole(),
				membership.getSince());
	}

	public boolean isOwner() {
		return this.role == Role.OWNER;
	}

}
