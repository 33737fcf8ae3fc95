package io.paddock.workspace;

/**
 * A member's role in a workspace. Owners manage members; collaborators use the workspace.
 */
public enum Role {

	OWNER, COLLABORATOR

}
