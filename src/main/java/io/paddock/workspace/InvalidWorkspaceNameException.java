package io.paddock.workspace;

/**
 * The requested workspace name breaks one of the naming rules; the message says which.
 */
public class InvalidWorkspaceNameException extends RuntimeException {

	public InvalidWorkspaceNameException(String message) {
		super(message);
	}

}
