package io.paddock.api;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.paddock.workspace.WorkspaceListing;

/**
 * One entry of the SDK's list_workspaces: who is in it and how much it holds.
 */
record WorkspaceListItemJson(String name, long id, @JsonProperty("created_at") Instant createdAt, List<String> users,
		long models, long pipelines) {

	static WorkspaceListItemJson of(WorkspaceListing listing) {
		return new WorkspaceListItemJson(listing.name(), listing.id(), listing.createdAt(), listing.userEmails(),
				listing.models(), listing.pipelines());
	}

}
