package io.paddock.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ModelVersionRepository extends JpaRepository<ModelVersion, UUID> {

	/**
	 * For each workspace: its id, how many models and how many pipelines it holds.
	 */
	@Query("""
			select w.id,
			  (select count(distinct v.nameKey) from ModelVersion v where v.workspaceId = w.id),
			  (select count(p) from Pipeline p where p.workspaceId = w.id)
			from Workspace w where array_has(:workspaceIds, w.id)""")
	List<Object[]> countContents(Long[] workspaceIds);

	/**
	 * The latest version of every model of the workspace, by name.
	 */
	default List<ModelVersionDetails> findLatestDetails(Long workspaceId) {
		return findLatestDetailsRange(workspaceId, 0, Integer.MAX_VALUE);
	}

	/**
	 * The latest version of up to {@code limit} models by name, skipping the first
	 * {@code offset}.
	 */
	@Query("""
			select new io.paddock.catalog.ModelVersionDetails(v.name, v.id, v.fileName, v.size, v.sha256, v.createdAt,
			  coalesce(u.email, ''))
			from ModelVersion v left join User u on u.id = v.uploadedBy
			where v.workspaceId = :workspaceId and v.createdAt = (
			  select max(o.createdAt) from ModelVersion o
			  where o.workspaceId = v.workspaceId and o.nameKey = v.nameKey)
			order by v.nameKey limit :limit offset :offset""")
	List<ModelVersionDetails> findLatestDetailsRange(Long workspaceId, int offset, int limit);

	@Query("""
			select v from ModelVersion v
			where v.workspaceId = :workspaceId and v.createdAt = (
			  select max(o.createdAt) from ModelVersion o
			  where o.workspaceId = v.workspaceId and o.nameKey = v.nameKey)
			order by v.nameKey""")
	List<ModelVersion> findLatestByWorkspace(Long workspaceId);

	@Query("""
			select v.nameKey, count(v) from ModelVersion v
			where v.workspaceId = :workspaceId and array_has(:nameKeys, v.nameKey) group by v.nameKey""")
	List<Object[]> countVersionsByName(Long workspaceId, String[] nameKeys);

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

	/**
	 * The latest version of every model of the workspace, and every version of the models
	 * named, by name and newest first.
	 */
	@Query("""
			select new io.paddock.catalog.ModelVersionDetails(v.name, v.id, v.fileName, v.size, v.sha256, v.createdAt,
			  coalesce(u.email, ''))
			from ModelVersion v left join User u on u.id = v.uploadedBy
			where v.workspaceId = :workspaceId and (array_has(:nameKeys, v.nameKey) or v.createdAt = (
			  select max(o.createdAt) from ModelVersion o
			  where o.workspaceId = v.workspaceId and o.nameKey = v.nameKey))
			order by v.nameKey, v.createdAt desc, v.id""")
	List<ModelVersionDetails> findLatestAndVersionsOf(Long workspaceId, String[] nameKeys);

	Optional<ModelVersion> findByIdAndWorkspaceId(UUID id, Long workspaceId);

	@Query("select v.id from ModelVersion v where array_has(:ids, v.id)")
	List<UUID> findExistingIds(UUID[] ids);

}
