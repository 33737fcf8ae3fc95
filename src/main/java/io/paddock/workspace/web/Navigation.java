package io.paddock.workspace.web;

import java.util.List;

import io.paddock.account.Actor;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Builds the top-left navigation panel: the current workspace and the user's workspaces.
 */
@Component
class Navigation {

	static final int LISTED = 12;

	static final int FILTER_FROM = 8;

	private final WorkspaceService workspaces;

	private final MessageSource messages;

	Navigation(WorkspaceService workspaces, MessageSource messages) {
		this.workspaces = workspaces;
		this.messages = messages;
	}

	Panel of(Actor actor, String query) {
		String myWorkspace = this.messages.getMessage("nav.myWorkspace", null, LocaleContextHolder.getLocale());
		Workspace current = this.workspaces.current(actor);
		List<Workspace> memberOf = this.workspaces.memberOf(actor, query, LISTED + 1);
		List<Item> items = memberOf.stream()
			.limit(LISTED)
			.map((w) -> new Item(w.getId(), label(actor, w, myWorkspace), w.getId().equals(current.getId())))
			.toList();
		boolean filtering = !query.isBlank();
		return new Panel(new Item(current.getId(), label(actor, current, myWorkspace), true), items,
				memberOf.size() > LISTED, filtering || memberOf.size() >= FILTER_FROM, query);
	}

	private static String label(Actor actor, Workspace workspace, String myWorkspace) {
		return workspace.isDefaultOf(actor.id()) ? myWorkspace : workspace.getName();
	}

	record Panel(Item current, List<Item> items, boolean more, boolean filter, String query) {

	}

	record Item(long id, String label, boolean current) {

	}

}
