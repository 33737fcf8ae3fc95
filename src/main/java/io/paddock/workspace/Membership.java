package io.paddock.workspace;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A user's role in one workspace.
 */
@Entity
@Table(name = "memberships")
public class Membership {

	@EmbeddedId
	private MembershipId id;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Instant since;

	protected Membership() {
	}

	Membership(Long workspaceId, UUID userId, Role role, Instant since) {
		this.id = new MembershipId(workspaceId, userId);
		this.role = role;
		this.since = since;
	}

	public Long getWorkspaceId() {
		return this.id.workspaceId();
	}

	public UUID getUserId() {
		return this.id.userId();
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isOwner() {
		return this.role == Role.OWNER;
	}

	public Instant getSince() {
		return this.since;
	}

	void changeRole(Role role) {
		this.role = role;
	}

}
