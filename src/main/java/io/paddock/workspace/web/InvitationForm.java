package io.paddock.workspace.web;

import java.util.List;
import java.util.UUID;

import io.paddock.workspace.Invitation;

/**
 * The Invite Users dialog: the selected users, those of them to add as co-owners, and the
 * search text.
 */
record InvitationForm(List<UUID> userIds, List<UUID> owners, String q) {

	/**
	 * @throws IllegalArgumentException when a user id is blank (bound as {@code null})
	 */
	InvitationForm {
		userIds = userIds("userIds", userIds);
		owners = userIds("owners", owners);
		q = (q != null) ? q : "";
	}

	private static List<UUID> userIds(String field, List<UUID> ids) {
		if (ids == null) {
			return List.of();
		}
		if (ids.contains(null)) {
			throw new IllegalArgumentException("The form field " + field
					+ " holds a blank user id; choose users from the list and send the form again.");
		}
		return List.copyOf(ids);
	}

	static InvitationForm empty() {
		return new InvitationForm(null, null, null);
	}

	List<Invitation> invitations() {
		return this.userIds.stream().distinct().map((id) -> new Invitation(id, this.owners.contains(id))).toList();
	}

	boolean hasOwnersNotSelected() {
		return !this.userIds.containsAll(this.owners);
	}

	public boolean selected(UUID userId) {
		return this.userIds.contains(userId);
	}

	public boolean owner(UUID userId) {
		return this.owners.contains(userId);
	}

}
