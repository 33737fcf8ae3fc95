package io.paddock.workspace;

/**
 * Archiving refused: a personal default workspace always stays active.
 */
public class WorkspaceArchiveException extends RuntimeException {

	WorkspaceArchiveException(String message) {
		super(message);
	}

}
