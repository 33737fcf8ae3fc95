package io.paddock.workspace;

import io.paddock.shared.NotFoundException;

/**
 * The workspace does not exist, or the caller may not see it: both get the same answer.
 */
public class WorkspaceNotFoundException extends NotFoundException {

	public WorkspaceNotFoundException(String message) {
		super(message);
	}

	static WorkspaceNotFoundException withId(Long id) {
		return new WorkspaceNotFoundException("Workspace " + id + " does not exist.");
	}

}
