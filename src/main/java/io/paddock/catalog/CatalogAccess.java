package io.paddock.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceAccess;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceAccess.Decision;
import io.paddock.workspace.WorkspaceService;

import org.springframework.stereotype.Component;

/**
 * Who may see and change the catalog of a workspace, and who its items' authors are;
 * shared by the models and pipelines services.
 */
@Component
class CatalogAccess {

	private final WorkspaceService workspaces;

	private final AccountService accounts;

	CatalogAccess(WorkspaceService workspaces, AccountService accounts) {
		this.workspaces = workspaces;
		this.accounts = accounts;
	}

	/**
	 * The workspace, if the actor may see it; otherwise it "does not exist".
	 */
	Workspace requireVisible(Actor actor, long workspaceId) {
		return this.workspaces.requireVisible(actor, workspaceId);
	}

	/**
	 * The workspace, if the actor may see it and it takes new models and pipelines.
	 */
	Workspace requireActive(Actor actor, long workspaceId) {
		WorkspaceAccess access = this.workspaces.access(actor, workspaceId);
		if (access.decide(Action.ADD_CONTENT) == Decision.ARCHIVED) {
			throw new CatalogConflictException("name", "Workspace " + access.workspace().getName()
					+ " is archived: unarchive it to add models or pipelines.");
		}
		return access.require(Action.ADD_CONTENT);
	}

	void lockForChange(long workspaceId) {
		this.workspaces.lockForChange(workspaceId);
	}

	Map<UUID, User> usersOf(Collection<UUID> ids) {
		return ids.isEmpty() ? Map.of() : this.accounts.findAll(ids.stream().distinct().toList());
	}

	static String emailOf(Map<UUID, User> users, UUID id) {
		User user = users.get(id);
		return (user != null) ? user.getEmail() : "";
	}

}
