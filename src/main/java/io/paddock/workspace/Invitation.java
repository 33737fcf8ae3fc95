package io.paddock.workspace;

import java.util.UUID;

/**
 * One user to add to a workspace, as owner (co-owner) or collaborator.
 */
public record Invitation(UUID userId, boolean owner) {

	Role role() {
		return this.owner ? Role.OWNER : Role.COLLABORATOR;
	}

}
