package io.paddock.workspace;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, MembershipId> {

	@Query("select m from Membership m where m.id.workspaceId = :workspaceId order by m.since, m.id.userId")
	List<Membership> findByWorkspace(Long workspaceId);

	@Query("select m from Membership m where m.id.workspaceId in :workspaceIds order by m.since, m.id.userId")
	List<Membership> findByWorkspaces(Collection<Long> workspaceIds);

	@Query("select m.id.userId from Membership m where m.id.workspaceId = :workspaceId and m.id.userId in :userIds")
	List<UUID> findMemberIds(Long workspaceId, Collection<UUID> userIds);

	@Query("select count(m) from Membership m where m.id.workspaceId = :workspaceId and m.role = :role")
	long countByWorkspaceAndRole(Long workspaceId, Role role);

}
