package io.paddock.workspace;

/**
 * Another workspace on this instance already has the name (compared case-insensitively).
 * Says nothing else about that workspace, which the caller may not be allowed to see.
 */
public class WorkspaceNameTakenException extends RuntimeException {

	public WorkspaceNameTakenException(String name) {
		super("The workspace name " + name + " is already taken.");
	}

}
