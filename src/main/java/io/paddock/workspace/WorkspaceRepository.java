package io.paddock.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

	Optional<Workspace> findByDefaultFor(UUID userId);

	boolean existsByNameKey(String nameKey);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from Workspace w where w.id = :id")
	Optional<Workspace> lockById(Long id);

	/**
	 * The user with their remembered current workspace (or none) and their role in it
	 * (none when they are not a member), in one row.
	 */
	@Query("""
			select u, w, m.role from User u
			left join Workspace w on w.id = u.currentWorkspaceId
			left join Membership m on m.id.workspaceId = w.id and m.id.userId = u.id
			where u.id = :userId""")
	List<Object[]> findUserWithCurrent(UUID userId);

	/**
	 * The workspace with the user's role in it (none when they are not a member).
	 */
	@Query("""
			select w, m.role from Workspace w
			left join Membership m on m.id.workspaceId = w.id and m.id.userId = :userId
			where w.id = :id""")
	List<Object[]> findWithRole(Long id, UUID userId);

	/**
	 * The workspace of that name with the user's role in it (none when they are not a
	 * member).
	 */
	@Query("""
			select w, m.role from Workspace w
			left join Membership m on m.id.workspaceId = w.id and m.id.userId = :userId
			where w.nameKey = :nameKey""")
	List<Object[]> findWithRoleByNameKey(String nameKey, UUID userId);

	/**
	 * Up to {@code limit} workspaces by name, skipping the first {@code offset}. The
	 * offset is walked in the name index alone (PostgreSQL reads it index-only, see
	 * V12_2), and only the rows shown are read from the table.
	 */
	@Query("""
			select w from (select p.id as id from Workspace p order by p.nameKey limit :limit offset :offset) shown
			join Workspace w on w.id = shown.id
			order by w.nameKey""")
	List<Workspace> findRange(int offset, int limit);

	/**
	 * Up to {@code limit} workspaces whose names sort after the given key, by name: the
	 * page a Next link leads to, read from the name index where the last page ended.
	 */
	@Query("select w from Workspace w where w.nameKey > :nameKey order by w.nameKey limit :limit")
	List<Workspace> findAfter(String nameKey, int limit);

	/**
	 * Up to {@code limit} workspaces whose names sort before the given key, by name
	 * descending: the page a Previous link leads to, read backwards from where the next
	 * page began.
	 */
	@Query("select w from Workspace w where w.nameKey < :nameKey order by w.nameKey desc limit :limit")
	List<Workspace> findBefore(String nameKey, int limit);

	/**
	 * Up to {@code limit} workspaces whose name matches, by name, skipping the first
	 * {@code offset}: the dashboard asks for one more than a page to learn whether
	 * another page follows without counting every match.
	 */
	@Query("""
			select w from Workspace w where w.nameKey like :pattern escape '\\'
			order by w.nameKey limit :limit offset :offset""")
	List<Workspace> searchRange(String pattern, int offset, int limit);

	@Query("select count(w) from Workspace w where w.nameKey like :pattern escape '\\'")
	long countSearch(String pattern);

	/**
	 * How many workspaces exist, without counting them: kept by the database as they are
	 * added and removed.
	 */
	@Query(value = "select workspaces from workspace_total", nativeQuery = true)
	long total();

	/*
	 * A member's lists walk their memberships in name order (the index on user and the
	 * workspace's name key, which each membership carries), so a page reads its own
	 * entries only; they never read the name search index of workspaces. The switcher's
	 * lists add the member's default workspace, which it shows first.
	 */

	@Query("""
			select w from Membership m join Workspace w on w.id = m.id.workspaceId
			where m.id.userId = :userId
			order by m.id.userId, m.workspaceNameKey""")
	List<Workspace> memberPage(UUID userId, Pageable pageable);

	@Query("""
			select w from Membership m join Workspace w on w.id = m.id.workspaceId
			where m.id.userId = :userId and m.workspaceNameKey like :pattern escape '\\'
			order by m.id.userId, m.workspaceNameKey""")
	List<Workspace> memberSearchPage(UUID userId, String pattern, Pageable pageable);

	@Query("""
			select count(m) from Membership m
			where m.id.userId = :userId and m.workspaceNameKey like :pattern escape '\\'""")
	long countMemberSearch(UUID userId, String pattern);

	@Query("select count(m) from Membership m where m.id.userId = :userId")
	long countMemberOf(UUID userId);

	/**
	 * The member's default workspace (if they belong to it) and their first {@code limit}
	 * other workspaces by name, in no order.
	 */
	@Query("""
			select w from Workspace w
			where w.defaultFor = :userId
			  and exists (select 1 from Membership d where d.id.workspaceId = w.id and d.id.userId = :userId)
			union all
			(select w from Membership m join Workspace w on w.id = m.id.workspaceId
			where m.id.userId = :userId and (w.defaultFor is null or w.defaultFor <> :userId)
			order by m.id.userId, m.workspaceNameKey limit :limit)""")
	List<Workspace> memberOf(UUID userId, int limit);

	/**
	 * As {@link #memberOf}, of the workspaces whose name key matches the pattern.
	 */
	@Query("""
			select w from Workspace w
			where w.defaultFor = :userId and concat(w.nameKey, '') like :pattern escape '\\'
			  and exists (select 1 from Membership d where d.id.workspaceId = w.id and d.id.userId = :userId)
			union all
			(select w from Membership m join Workspace w on w.id = m.id.workspaceId
			where m.id.userId = :userId and (w.defaultFor is null or w.defaultFor <> :userId)
			  and m.workspaceNameKey like :pattern escape '\\'
			order by m.id.userId, m.workspaceNameKey limit :limit)""")
	List<Workspace> memberOfMatching(UUID userId, String pattern, int limit);

}
