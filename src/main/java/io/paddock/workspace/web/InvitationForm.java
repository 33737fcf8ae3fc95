package io.paddock.workspace.web;

import java.util.List;
import java.util.UUID;

import io.paddock.workspace.Invitation;

/**
 * The Invite Users dialog: the selected users, those of them to add as co-owners, and the
 * search text.
 */
record InvitationForm(List<UUID> userIds, List<UUID> owners, String q) {

	InvitationForm {
		userIds = (userIds != null) ? List.copyOf(userIds) : List.of();
		owners = (owners != null) ? List.copyOf(owners) : List.of();
		q = (q != null) ? q : "";
	}

	static InvitationForm empty() {
		return new InvitationForm(null, null, null);
	}

	List<Invitation> invitations() {
		return this.userIds.stream().distinct().map((id) -> new Invitation(id, this.owners.contains(id))).toList();
	}

	public boolean selected(UUID userId) {
		return this.userIds.contains(userId);
	}

	public boolean owner(UUID userId) {
		return this.owners.contains(userId);
	}

}
