package io.paddock.api;

import java.net.URI;
import java.util.List;

import io.paddock.account.Actor;
import io.paddock.api.Requests.EmailRequest;
import io.paddock.api.Requests.IdRequest;
import io.paddock.api.Requests.NameRequest;
import io.paddock.shared.Paging;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceContents;
import io.paddock.workspace.WorkspaceDirectory;
import io.paddock.workspace.WorkspaceListing;
import io.paddock.workspace.WorkspaceNotFoundException;
import io.paddock.workspace.WorkspaceService;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SDK's workspace operations over HTTP, with the same services and rules as the
 * dashboard.
 */
@RestController
@RequestMapping("/api/v1")
class WorkspacesApiController {

	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 500;

	private final WorkspaceService workspaces;

	private final WorkspaceDirectory directory;

	private final MembershipService memberships;

	private final WorkspaceContents contents;

	WorkspacesApiController(WorkspaceService workspaces, WorkspaceDirectory directory, MembershipService memberships,
			WorkspaceContents contents) {
		this.workspaces = workspaces;
		this.directory = directory;
		this.memberships = memberships;
		this.contents = contents;
	}

	/**
	 * create_workspace(name): the caller becomes its owner.
	 */
	@ApiResponse(responseCode = "201", description = "Created; the caller is its owner")
	@ApiResponse(responseCode = "409", description = "The name is taken",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/workspaces")
	ResponseEntity<WorkspaceJson> create(Actor actor, @RequestBody NameRequest request) {
		Workspace workspace = this.workspaces.create(actor, request.name());
		return ResponseEntity.created(URI.create("/api/v1/workspaces/by-name/" + workspace.getName()))
			.body(json(workspace));
	}

	/**
	 * get_workspace(name, create_if_not_exist).
	 */
	@ApiResponse(responseCode = "200", description = "The workspace")
	@ApiResponse(responseCode = "201", description = "Created, as create_if_not_exist asked")
	@ApiResponse(responseCode = "409",
			description = "create_if_not_exist, and the name is taken by a workspace the caller cannot see",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/workspaces/by-name/{name}")
	ResponseEntity<WorkspaceJson> get(Actor actor, @PathVariable String name,
			@RequestParam(name = "create_if_not_exist", defaultValue = "false") boolean createIfNotExist) {
		return this.workspaces.findByName(actor, name)
			.map((workspace) -> ResponseEntity.ok(json(workspace)))
			.orElseGet(() -> {
				if (!createIfNotExist) {
					throw new WorkspaceNotFoundException("Error: Workspace with name " + name
							+ " does not exist. If you would like to create one, send in the request with "
							+ "`create_if_not_exist` flag set to True.");
				}
				return ResponseEntity.status(201).body(json(this.workspaces.create(actor, name)));
			});
	}

	/**
	 * list_workspaces(): the workspaces the caller can see (admins: all), by name, one
	 * page at a time.
	 */
	@ApiResponse(responseCode = "200", description = "One page of workspaces, the total and the next page's link")
	@ApiResponse(responseCode = "400",
			description = "A size outside 1 to " + MAX_PAGE_SIZE + ", or a page that is not a number",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/workspaces")
	WorkspacePageJson list(Actor actor,
			@Parameter(description = "Only workspaces whose name contains this text, ignoring case") @RequestParam(
					defaultValue = "") String q,
			@Parameter(description = "The page, from 0; a page past the end answers the last page") @RequestParam(
					defaultValue = "0") int page,
			@Parameter(description = "Workspaces per page, 1 to " + MAX_PAGE_SIZE,
					schema = @Schema(minimum = "1", maximum = "" + MAX_PAGE_SIZE,
							defaultValue = "" + DEFAULT_PAGE_SIZE)) @RequestParam(
									defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException(
					"The page size must be between 1 and " + MAX_PAGE_SIZE + "; " + size + " was sent.");
		}
		Page<WorkspaceListing> listing = Paging.within(Paging.of(page, size, Sort.by("nameKey")),
				(request) -> this.directory.list(actor, q, request));
		return WorkspacePageJson.of(listing, q);
	}

	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/current-workspace")
	WorkspaceJson current(Actor actor) {
		return json(this.workspaces.current(actor));
	}

	@ApiResponse(responseCode = "200", description = "OK")
	@PutMapping("/current-workspace")
	WorkspaceJson setCurrent(Actor actor, @RequestBody IdRequest request) {
		if (request.id() == null) {
			throw new IllegalArgumentException("Send the id of the workspace to make current: {\"id\": 4}.");
		}
		return json(this.workspaces.switchTo(actor, request.id()));
	}

	/**
	 * The members of the workspace with their roles, as the Collaborators page lists
	 * them.
	 */
	@ApiResponse(responseCode = "200", description = "OK")
	@GetMapping("/workspaces/{id}/users")
	List<MemberJson> members(Actor actor, @PathVariable long id) {
		return this.workspaces.members(actor, id).stream().map(MemberJson::of).toList();
	}

	/**
	 * add_user(email): adds an existing user of the instance as a collaborator.
	 */
	@ApiResponse(responseCode = "200", description = "Added as collaborator")
	@ApiResponse(responseCode = "403", description = "Only owners and admins manage members",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "Already a member, or a disabled user",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/workspaces/{id}/users")
	WorkspaceJson addUser(Actor actor, @PathVariable long id, @RequestBody EmailRequest request) {
		this.memberships.addUser(actor, id, requireEmail(request));
		return json(this.workspaces.get(actor, id));
	}

	/**
	 * remove_user(email).
	 */
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "403", description = "Only owners and admins manage members",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The last owner, or the user's default workspace",
			content = @Content(mediaType = "application/problem+json"))
	@DeleteMapping("/workspaces/{id}/users/{email}")
	ResponseEntity<Void> removeUser(Actor actor, @PathVariable long id, @PathVariable String email) {
		this.memberships.removeByEmail(actor, id, email);
		return ResponseEntity.noContent().build();
	}

	/**
	 * add_owner(email): promotes a member, or adds an existing user as owner.
	 */
	@ApiResponse(responseCode = "200", description = "Promoted, or added as owner")
	@ApiResponse(responseCode = "403", description = "Only owners and admins manage members",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "A disabled user",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/workspaces/{id}/owners")
	WorkspaceJson addOwner(Actor actor, @PathVariable long id, @RequestBody EmailRequest request) {
		this.memberships.addOwner(actor, id, requireEmail(request));
		return json(this.workspaces.get(actor, id));
	}

	/**
	 * Demotes an owner to collaborator (the dashboard's Demote to Collaborator).
	 */
	@ApiResponse(responseCode = "200", description = "Demoted, or already a collaborator")
	@ApiResponse(responseCode = "403", description = "Only owners and admins manage members",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "409", description = "The last owner",
			content = @Content(mediaType = "application/problem+json"))
	@DeleteMapping("/workspaces/{id}/owners/{email}")
	WorkspaceJson removeOwner(Actor actor, @PathVariable long id, @PathVariable String email) {
		this.memberships.demoteByEmail(actor, id, email);
		return json(this.workspaces.get(actor, id));
	}

	/**
	 * The caller leaves the workspace.
	 */
	@ApiResponse(responseCode = "204", description = "Left")
	@ApiResponse(responseCode = "409", description = "The caller is its last owner, or it is their default workspace",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping("/workspaces/{id}/leave")
	ResponseEntity<Void> leave(Actor actor, @PathVariable long id) {
		this.memberships.leave(actor, id);
		return ResponseEntity.noContent().build();
	}

	private WorkspaceJson json(Workspace workspace) {
		return WorkspaceJson.of(workspace, this.contents.summaryOf(workspace.getId()));
	}

	private static String requireEmail(EmailRequest request) {
		if (request.email() == null || request.email().isBlank()) {
			throw new IllegalArgumentException(
					"Send the email of a user of this instance: {\"email\": \"john@ex.co\"}.");
		}
		return request.email();
	}

}
