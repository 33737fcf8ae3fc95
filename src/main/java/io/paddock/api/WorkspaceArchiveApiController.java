package io.paddock.api;

import io.paddock.account.Actor;
import io.paddock.api.Requests.ArchivedRequest;
import io.paddock.workspace.WorkspaceContents;
import io.paddock.workspace.WorkspaceService;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Archiving a workspace over HTTP, as Archive workspace and Unarchive workspace do on its
 * page.
 */
@RestController
@RequestMapping("/api/v1")
class WorkspaceArchiveApiController {

	private final WorkspaceService workspaces;

	private final WorkspaceContents contents;

	WorkspaceArchiveApiController(WorkspaceService workspaces, WorkspaceContents contents) {
		this.workspaces = workspaces;
		this.contents = contents;
	}

	@ApiResponse(responseCode = "200", description = "The workspace, archived or not as asked")
	@ApiResponse(responseCode = "400", description = "No archived flag sent",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "Only owners and admins archive a workspace",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "A default workspace cannot be archived",
			content = @Content(mediaType = "application/problem+json"))
	@PutMapping("/workspaces/{id}/archived")
	WorkspaceJson setArchived(Actor actor, @PathVariable long id, @RequestBody ArchivedRequest request) {
		if (request.archived() == null) {
			throw new IllegalArgumentException("Send whether the workspace is archived: {\"archived\": true}.");
		}
		return WorkspaceJson.of(this.workspaces.setArchived(actor, id, request.archived()),
				this.contents.summaryOf(id));
	}

}
