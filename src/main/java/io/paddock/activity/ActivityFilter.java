package io.paddock.activity;

import java.util.UUID;

/**
 * Which entries to read: of one workspace or of the whole instance ({@code null}), of one
 * action and of one person, each when given.
 */
public record ActivityFilter(Long workspaceId, ActivityAction action, UUID actorId) {

	/**
	 * The person filter for an email that belongs to no user.
	 */
	static final UUID NOBODY = new UUID(0, 0);

	/**
	 * Whether the person asked for is no user of the instance, so nothing can match.
	 */
	public boolean unknownPerson() {
		return NOBODY.equals(this.actorId);
	}

	public ActivityFilter withWorkspace(long id) {
		return new ActivityFilter(id, this.action, this.actorId);
	}

}
