package io.paddock.workspace;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, MembershipId> {

	@Query("""
			select new io.paddock.workspace.Member(u.id, u.email, u.displayName, m.role, m.since)
			from Membership m join User u on u.id = m.id.userId
			where m.id.workspaceId = :workspaceId order by m.since, m.id.userId""")
	List<Member> findMembers(Long workspaceId);

	/**
	 * The members of many workspaces, each row the workspace id followed by what
	 * {@link Member} holds.
	 */
	@Query("""
			select m.id.workspaceId, u.id, u.email, u.displayName, m.role, m.since
			from Membership m join User u on u.id = m.id.userId
			where array_has(:workspaceIds, m.id.workspaceId) order by m.since, m.id.userId""")
	List<Object[]> findMembersOf(Long[] workspaceIds);

	@Query("select m.id.userId from Membership m where m.id.workspaceId = :workspaceId and array_has(:userIds, m.id.userId)")
	List<UUID> findMemberIds(Long workspaceId, UUID[] userIds);

	@Query("select count(m) from Membership m where m.id.workspaceId = :workspaceId and m.role = :role")
	long countByWorkspaceAndRole(Long workspaceId, Role role);

}
