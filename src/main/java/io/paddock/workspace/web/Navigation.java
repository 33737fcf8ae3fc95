package io.paddock.workspace.web;

import java.util.List;

import io.paddock.account.Actor;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;

import org.springframework.stereotype.Component;

/**
 * Builds the top-left navigation panel: the current workspace and the user's workspaces.
 */
@Component
class Navigation {

	static final int LISTED = 12;

	static final int FILTER_FROM = 8;

	private final WorkspaceService workspaces;

	Navigation(WorkspaceService workspaces) {
		this.workspaces = workspaces;
	}

	Panel of(Actor actor, String query) {
		Workspace current = this.workspaces.current(actor);
		List<Workspace> mine = this.workspaces.memberOf(actor, query, LISTED + 1);
		List<Item> items = mine.stream()
			.limit(LISTED)
			.map((w) -> new Item(w.getId(), label(actor, w), w.getId().equals(current.getId())))
			.toList();
		boolean filtering = !query.isBlank();
		return new Panel(new Item(current.getId(), label(actor, current), true), items, mine.size() > LISTED,
				filtering || mine.size() >= FILTER_FROM, query);
	}

	private static String label(Actor actor, Workspace workspace) {
		return workspace.isDefaultOf(actor.id()) ? "My Workspace" : workspace.getName();
	}

	record Panel(Item current, List<Item> items, boolean more, boolean filter, String query) {

	}

	record Item(long id, String label, boolean current) {

	}

}
