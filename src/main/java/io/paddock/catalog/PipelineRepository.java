package io.paddock.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PipelineRepository extends JpaRepository<Pipeline, Long> {

	@Query("""
			select p.workspaceId, count(p) from Pipeline p
			where p.workspaceId in :workspaceIds group by p.workspaceId""")
	List<Object[]> countByWorkspace(Collection<Long> workspaceIds);

	@Query("select p from Pipeline p where p.workspaceId = :workspaceId order by p.nameKey")
	List<Pipeline> findByWorkspace(Long workspaceId);

	boolean existsByWorkspaceIdAndNameKey(Long workspaceId, String nameKey);

	Optional<Pipeline> findByWorkspaceIdAndNameKey(Long workspaceId, String nameKey);

	@Query("""
			select distinct p.name from Pipeline p join p.steps s
			where p.workspaceId = :workspaceId and lower(s.modelName) = :nameKey order by p.name""")
	List<String> namesUsingModel(Long workspaceId, String nameKey);

}
