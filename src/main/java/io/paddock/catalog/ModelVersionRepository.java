package io.paddock.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ModelVersionRepository extends JpaRepository<ModelVersion, UUID> {

	@Query("""
			select v.workspaceId, count(distinct v.nameKey) from ModelVersion v
			where v.workspaceId in :workspaceIds group by v.workspaceId""")
	List<Object[]> countModelsByWorkspace(Collection<Long> workspaceIds);

	@Query("""
			select v from ModelVersion v
			where v.workspaceId = :workspaceId and v.createdAt = (
			  select max(o.createdAt) from ModelVersion o
			  where o.workspaceId = v.workspaceId and o.nameKey = v.nameKey)
			order by v.nameKey""")
	List<ModelVersion> findLatestByWorkspace(Long workspaceId);

	@Query("""
			select v.nameKey, count(v) from ModelVersion v
			where v.workspaceId = :workspaceId group by v.nameKey""")
	List<Object[]> countVersionsByName(Long workspaceId);

	@Query("""
			select v from ModelVersion v where v.workspaceId = :workspaceId and v.nameKey = :nameKey
			order by v.createdAt desc, v.id""")
	List<ModelVersion> findVersions(Long workspaceId, String nameKey);

	/**
	 * The versions of one model, locked until the transaction ends, so that removing a
	 * model and creating a pipeline that uses it cannot both succeed.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("""
			select v from ModelVersion v where v.workspaceId = :workspaceId and v.nameKey = :nameKey
			order by v.createdAt desc, v.id""")
	List<ModelVersion> lockVersions(Long workspaceId, String nameKey);

	@Query("""
			select v from ModelVersion v where v.workspaceId = :workspaceId
			order by v.nameKey, v.createdAt desc""")
	List<ModelVersion> findAllVersions(Long workspaceId);

	Optional<ModelVersion> findByIdAndWorkspaceId(UUID id, Long workspaceId);

	@Query("select v.id from ModelVersion v where v.id in :ids")
	List<UUID> findExistingIds(Collection<UUID> ids);

}
