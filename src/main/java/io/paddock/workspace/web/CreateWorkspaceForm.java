package io.paddock.workspace.web;

/**
 * The Workspace name box of View Workspaces. The naming rules live in the domain, so that
 * the dashboard and the API refuse the same names with the same messages.
 */
record CreateWorkspaceForm(String name) {

	static CreateWorkspaceForm empty() {
		return new CreateWorkspaceForm("");
	}

}
