package io.paddock.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PipelineRepository extends JpaRepository<Pipeline, Long> {

	@Query("select p from Pipeline p where p.workspaceId = :workspaceId order by p.nameKey")
	List<Pipeline> findByWorkspace(Long workspaceId);

	/**
	 * Up to {@code limit} pipelines of a workspace by name, skipping the first
	 * {@code offset}, with their steps: the page is chosen by name alone and only its
	 * pipelines' steps are read.
	 */
	@Query("""
			select distinct p from (select q.id as id from Pipeline q where q.workspaceId = :workspaceId
			  order by q.nameKey limit :limit offset :offset) shown
			join Pipeline p on p.id = shown.id left join fetch p.steps
			order by p.nameKey""")
	List<Pipeline> findRangeWithSteps(Long workspaceId, int offset, int limit);

	/**
	 * Each pipeline of a workspace by name: name, creation time, number of steps and
	 * definition.
	 */
	default List<Object[]> summarize(Long workspaceId) {
		return summarizeFirst(workspaceId, Integer.MAX_VALUE);
	}

	/**
	 * The first {@code limit} rows of {@link #summarize(Long)}.
	 */
	@Query("""
			select p.name, p.createdAt, size(p.steps), p.definition from Pipeline p
			where p.workspaceId = :workspaceId order by p.nameKey limit :limit""")
	List<Object[]> summarizeFirst(Long workspaceId, int limit);

	boolean existsByWorkspaceIdAndNameKey(Long workspaceId, String nameKey);

	Optional<Pipeline> findByWorkspaceIdAndNameKey(Long workspaceId, String nameKey);

	@Query("""
			select distinct p.name from Pipeline p join p.steps s
			where p.workspaceId = :workspaceId and lower(s.modelName) = :nameKey order by p.name""")
	List<String> namesUsingModel(Long workspaceId, String nameKey);

}
