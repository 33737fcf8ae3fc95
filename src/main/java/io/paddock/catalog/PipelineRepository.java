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
	 * The pipelines of a workspace with their steps, by name.
	 */
	@Query("select distinct p from Pipeline p left join fetch p.steps where p.workspaceId = :workspaceId order by p.nameKey")
	List<Pipeline> findWithStepsByWorkspace(Long workspaceId);

	/**
	 * Each pipeline of a workspace by name: name, creation time, number of steps and
	 * definition.
	 */
	@Query("""
			select p.name, p.createdAt, size(p.steps), p.definition from Pipeline p
			where p.workspaceId = :workspaceId order by p.nameKey""")
	List<Object[]> summarize(Long workspaceId);

	boolean existsByWorkspaceIdAndNameKey(Long workspaceId, String nameKey);

	Optional<Pipeline> findByWorkspaceIdAndNameKey(Long workspaceId, String nameKey);

	@Query("""
			select distinct p.name from Pipeline p join p.steps s
			where p.workspaceId = :workspaceId and lower(s.modelName) = :nameKey order by p.name""")
	List<String> namesUsingModel(Long workspaceId, String nameKey);

}
