package io.paddock.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.shared.SearchPattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists the workspaces a user can see (admins: all), one page at a time, with a fixed
 * number of queries per page however many rows it has.
 */
@Service
@Transactional(readOnly = true)
public class WorkspaceDirectory {

	private final WorkspaceRepository workspaces;

	private final MembershipRepository memberships;

	private final AccountService accounts;

	private final WorkspaceContents contents;

	WorkspaceDirectory(WorkspaceRepository workspaces, MembershipRepository memberships, AccountService accounts,
			WorkspaceContents contents) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.accounts = accounts;
		this.contents = contents;
	}

	public Page<WorkspaceListing> list(Actor actor, String query, Pageable pageable) {
		String pattern = SearchPattern.containing(query);
		Page<Workspace> page = actor.admin() ? this.workspaces.search(pattern, pageable)
				: this.workspaces.searchMemberOf(actor.id(), pattern, pageable);
		return new PageImpl<>(describe(actor, page.getContent()), pageable, page.getTotalElements());
	}

	/**
	 * The listing of one workspace the actor can see.
	 */
	public WorkspaceListing get(Actor actor, Workspace workspace) {
		return describe(actor, List.of(workspace)).get(0);
	}

	private List<WorkspaceListing> describe(Actor actor, List<Workspace> page) {
		List<Long> ids = page.stream().map(Workspace::getId).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Membership>> membersByWorkspace = new HashMap<>();
		List<Membership> all = this.memberships.findByWorkspaces(ids);
		all.forEach((m) -> membersByWorkspace.computeIfAbsent(m.getWorkspaceId(), (k) -> new ArrayList<>()).add(m));
		Map<UUID, User> users = this.accounts.findAll(all.stream().map(Membership::getUserId).distinct().toList());
		Map<Long, ContentCounts> counts = this.contents.countsFor(ids);
		List<WorkspaceListing> rows = new ArrayList<>(page.size());
		for (Workspace workspace : page) {
			List<Membership> members = membersByWorkspace.getOrDefault(workspace.getId(), List.of());
			ContentCounts held = counts.getOrDefault(workspace.getId(), ContentCounts.NONE);
			rows.add(new WorkspaceListing(workspace.getId(), workspace.getName(), workspace.isArchived(),
					workspace.getCreatedBy(), workspace.getCreatedAt(), owners(members, users), emails(members, users),
					held.models(), held.pipelines(), workspace.isDefaultOf(actor.id())));
		}
		return rows;
	}

	private static List<Member> owners(Collection<Membership> members, Map<UUID, User> users) {
		return members.stream().filter(Membership::isOwner).map((m) -> Member.of(m, users.get(m.getUserId()))).toList();
	}

	private static List<String> emails(Collection<Membership> members, Map<UUID, User> users) {
		return members.stream().map((m) -> users.get(m.getUserId()).getEmail()).toList();
	}

}
