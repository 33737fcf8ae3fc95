package io.paddock.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Model versions. A model's latest version carries its name key in {@code latestKey}, and
 * the queries select the latest versions with {@code latestKey > ''} (every key is
 * non-empty) rather than {@code is not null}, because H2 reads an index range for a
 * comparison but not for {@code is not null}.
 */
interface ModelVersionRepository extends JpaRepository<ModelVersion, UUID> {

	/**
	 * For each workspace: its id, how many models and how many pipelines it holds.
	 */
	@Query("""
			select w.id,
			  (select count(v) from ModelVersion v where v.workspaceId = w.id and v.latestKey > ''),
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
			where v.workspaceId = :workspaceId and v.latestKey > ''
			order by v.latestKey limit :limit offset :offset""")
	List<ModelVersionDetails> findLatestDetailsRange(Long workspaceId, int offset, int limit);

	@Query("""
			select v from ModelVersion v where v.workspaceId = :workspaceId and v.latestKey > ''
			order by v.latestKey""")
	List<ModelVersion> findLatestByWorkspace(Long workspaceId);

	Optional<ModelVersion> findByWorkspaceIdAndLatestKey(Long workspaceId, String latestKey);

	/**
	 * How many versions each of the models named has, read like the second half of
	 * {@link #findLatestAndVersionsOf}.
	 */
	@Query("""
			select l.latestKey, count(v)
			from ModelVersion l join ModelVersion v on v.workspaceId = l.workspaceId and v.nameKey = l.latestKey
			where l.workspaceId = :workspaceId and l.latestKey > '' and array_has(:nameKeys, l.latestKey)
			group by l.latestKey""")
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
	 * named, in no order (the latest versions of those twice). Both halves start from the
	 * latest versions' index; the second then reads the versions of the models named by
	 * their name (H2 looks up a list of values only in an index's first column).
	 */
	@Query("""
			select new io.paddock.catalog.ModelVersionDetails(v.name, v.id, v.fileName, v.size, v.sha256, v.createdAt,
			  coalesce(u.email, ''))
			from ModelVersion v left join User u on u.id = v.uploadedBy
			where v.workspaceId = :workspaceId and v.latestKey > ''
			union all
			select new io.paddock.catalog.ModelVersionDetails(v.name, v.id, v.fileName, v.size, v.sha256, v.createdAt,
			  coalesce(u.email, ''))
			from ModelVersion l join ModelVersion v on v.workspaceId = l.workspaceId and v.nameKey = l.latestKey
			left join User u on u.id = v.uploadedBy
			where l.workspaceId = :workspaceId and l.latestKey > '' and array_has(:nameKeys, l.latestKey)""")
	List<ModelVersionDetails> findLatestAndVersionsOf(Long workspaceId, String[] nameKeys);

	Optional<ModelVersion> findByIdAndWorkspaceId(UUID id, Long workspaceId);

	@Query("select v.id from ModelVersion v where array_has(:ids, v.id)")
	List<UUID> findExistingIds(UUID[] ids);

}
