package io.paddock.workspace;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * A user's role in one workspace. Its id is assigned, not generated, so it tells Spring
 * Data itself whether it is new: saving a new one is then a plain insert, without a
 * select first.
 */
@Entity
@Table(name = "memberships")
public class Membership implements Persistable<MembershipId> {

	@EmbeddedId
	private MembershipId id;

	@Enumerated(EnumType.STRING)
	private Role role;

	private Instant since;

	/**
	 * The workspace's name key, so that a member's workspaces are listed by name from an
	 * index of the memberships alone (a workspace is never renamed).
	 */
	private String workspaceNameKey;

	@Transient
	private boolean stored;

	protected Membership() {
	}

	Membership(Workspace workspace, UUID userId, Role role, Instant since) {
		this.id = new MembershipId(workspace.getId(), userId);
		this.role = role;
		this.since = since;
		this.workspaceNameKey = workspace.getNameKey();
	}

	@Override
	public MembershipId getId() {
		return this.id;
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
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
