package io.paddock.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PipelineRepository extends JpaRepository<Pipeline, Long> {

	@Query("""
			select p.workspaceId, count(p) from Pipeline p
			where p.workspaceId in :workspaceIds group by p.workspaceId""")
	List<Object[]> countByWorkspace(Collection<Long> workspaceIds);

	@Query("select p from Pipeline p where p.workspaceId = :workspaceId order by p.nameKey")
	List<Pipeline> findByWorkspace(Long workspaceId);

}
