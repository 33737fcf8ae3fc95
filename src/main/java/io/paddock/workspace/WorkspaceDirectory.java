package io.paddock.workspace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;

import io.paddock.account.Actor;
import io.paddock.shared.SearchPattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.support.PageableExecutionUtils;
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

	private final WorkspaceContents contents;

	WorkspaceDirectory(WorkspaceRepository workspaces, MembershipRepository memberships, WorkspaceContents contents) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.contents = contents;
	}

	/**
	 * One page of the workspaces the actor can see whose name contains the query, by name
	 * (the request's sort is not used). A member's workspaces are found from their
	 * memberships, so the cost follows how many they belong to, not how many exist.
	 */
	public Page<WorkspaceListing> list(Actor actor, String query, Pageable pageable) {
		String pattern = SearchPattern.containing(query);
		boolean all = SearchPattern.matchesEverything(pattern);
		Pageable unsorted = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
		List<Workspace> found;
		LongSupplier total;
		if (actor.admin()) {
			int offset = (int) unsorted.getOffset();
			found = all ? this.workspaces.findRange(offset, unsorted.getPageSize())
					: this.workspaces.searchRange(pattern, offset, unsorted.getPageSize());
			total = all ? this.workspaces::total : () -> this.workspaces.countSearch(pattern);
		}
		else {
			found = all ? this.workspaces.memberPage(actor.id(), unsorted)
					: this.workspaces.memberSearchPage(actor.id(), pattern, unsorted);
			total = all ? () -> this.workspaces.countMemberOf(actor.id())
					: () -> this.workspaces.countMemberSearch(actor.id(), pattern);
		}
		return PageableExecutionUtils.getPage(describe(actor, found), pageable, total);
	}

	/**
	 * {@link #list} for the dashboard, except that an admin's search is not counted while
	 * more than one page matches: no index can count a substring's matches, so the count
	 * would read every name. The answer is then a {@link Slice} that knows only whether
	 * another page follows; otherwise it is a {@link Page} with its total.
	 */
	public Slice<WorkspaceListing> browse(Actor actor, String query, Pageable pageable) {
		String pattern = SearchPattern.containing(query);
		if (!actor.admin() || SearchPattern.matchesEverything(pattern)) {
			return list(actor, query, pageable);
		}
		int offset = (int) pageable.getOffset();
		List<Workspace> found = this.workspaces.searchRange(pattern, offset, pageable.getPageSize() + 1);
		if (found.size() > pageable.getPageSize()) {
			return new SliceImpl<>(describe(actor, found.subList(0, pageable.getPageSize())), pageable, true);
		}
		if (found.isEmpty() && offset > 0) {
			// past the last match: counted, so that the caller can turn to the last page
			return list(actor, query, pageable);
		}
		return new PageImpl<>(describe(actor, found), pageable, offset + found.size());
	}

	/**
	 * {@link #browse(Actor, String, Pageable)} for a page that a pager link leads to. The
	 * admin's whole list reads the page's rows from where its neighbour ended, so a deep
	 * page costs what the first does instead of walking the names before it. Any other
	 * list, a position that no workspace could be called, or one that leaves no rows
	 * after it or too few for a page before it, is answered by page number.
	 */
	public Slice<WorkspaceListing> browse(Actor actor, String query, Pageable pageable, ListPosition position) {
		if (position.given() && pagedByName(actor, query)) {
			int size = pageable.getPageSize();
			List<Workspace> found = position.forward()
					? this.workspaces.findAfter(WorkspaceName.keyOf(position.after()), size)
					: inNameOrder(this.workspaces.findBefore(WorkspaceName.keyOf(position.before()), size));
			if (found.size() == size || (position.forward() && !found.isEmpty())) {
				return new PageImpl<>(describe(actor, found), pageable, this.workspaces.total());
			}
		}
		return browse(actor, query, pageable);
	}

	/**
	 * Whether the list's pages can be read from a name: the admin's whole list, the one
	 * list whose depth grows with the instance. Static, so that asking opens no
	 * transaction.
	 */
	public static boolean pagedByName(Actor actor, String query) {
		return actor.admin() && SearchPattern.matchesEverything(SearchPattern.containing(query));
	}

	private static List<Workspace> inNameOrder(List<Workspace> descending) {
		List<Workspace> ascending = new ArrayList<>(descending);
		Collections.reverse(ascending);
		return ascending;
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
		Map<Long, List<Member>> membersByWorkspace = new HashMap<>();
		for (Object[] row : this.memberships.findMembersOf(ids.toArray(Long[]::new))) {
			membersByWorkspace.computeIfAbsent((Long) row[0], (k) -> new ArrayList<>())
				.add(new Member((UUID) row[1], (String) row[2], (String) row[3], (Role) row[4], (Instant) row[5]));
		}
		Map<Long, ContentCounts> counts = this.contents.countsFor(ids);
		List<WorkspaceListing> rows = new ArrayList<>(page.size());
		for (Workspace workspace : page) {
			List<Member> members = membersByWorkspace.getOrDefault(workspace.getId(), List.of());
			ContentCounts held = counts.getOrDefault(workspace.getId(), ContentCounts.NONE);
			rows.add(new WorkspaceListing(workspace.getId(), workspace.getName(), workspace.isArchived(),
					workspace.getCreatedBy(), workspace.getCreatedAt(),
					members.stream().filter(Member::isOwner).toList(), members.stream().map(Member::email).toList(),
					held.models(), held.pipelines(), workspace.isDefaultOf(actor.id())));
		}
		return rows;
	}

}
