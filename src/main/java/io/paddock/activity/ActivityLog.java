package io.paddock.activity;

import java.util.List;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.workspace.WorkspaceService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the activity: a workspace's to whoever may see the workspace, the whole
 * instance's to admins. Pages are read by keyset: {@code before} is the id under which
 * the page starts.
 */
@Service
@Transactional(readOnly = true)
public class ActivityLog {

	public static final int DEFAULT_PAGE_SIZE = 50;

	public static final int MAX_PAGE_SIZE = 500;

	private final ActivityRepository entries;

	private final WorkspaceService workspaces;

	private final AccountService accounts;

	ActivityLog(ActivityRepository entries, WorkspaceService workspaces, AccountService accounts) {
		this.entries = entries;
		this.workspaces = workspaces;
		this.accounts = accounts;
	}

	/**
	 * The filter for an action and a person's email, each optional (null or blank).
	 */
	public ActivityFilter filter(ActivityAction action, String person) {
		String email = (person != null) ? person.strip() : "";
		UUID actorId = email.isEmpty() ? null
				: this.accounts.findByEmail(email).map(User::getId).orElse(ActivityFilter.NOBODY);
		return new ActivityFilter(null, action, actorId);
	}

	public ActivityPage ofWorkspace(Actor actor, long workspaceId, ActivityFilter filter, Long before, int size) {
		this.workspaces.requireVisible(actor, workspaceId);
		return page(filter.withWorkspace(workspaceId), before, size);
	}

	public ActivityPage ofInstance(Actor actor, ActivityFilter filter, Long before, int size) {
		if (!actor.admin()) {
			throw new AccessDeniedException("Only admins can read the activity of the whole instance.");
		}
		return page(filter, before, size);
	}

	private ActivityPage page(ActivityFilter filter, Long before, int size) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new IllegalArgumentException(
					"The page size must be between 1 and " + MAX_PAGE_SIZE + ", not " + size + ".");
		}
		List<ActivityItem> found = this.entries.page(filter, (before != null) ? before : Long.MAX_VALUE, size + 1);
		List<ActivityItem> shown = found.subList(0, Math.min(size, found.size()));
		Long next = (found.size() > size) ? shown.get(shown.size() - 1).id() : null;
		return new ActivityPage(List.copyOf(shown), next);
	}

}
