package io.paddock.workspace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

	Optional<Workspace> findByNameKey(String nameKey);

	Optional<Workspace> findByDefaultFor(UUID userId);

	boolean existsByNameKey(String nameKey);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select w from Workspace w where w.id = :id")
	Optional<Workspace> lockById(Long id);

	@Query("select w from Workspace w where w.nameKey like :pattern escape '\\'")
	Page<Workspace> search(String pattern, Pageable pageable);

	@Query("""
			select w from Workspace w
			where w.nameKey like :pattern escape '\\'
			  and exists (select 1 from Membership m where m.id.workspaceId = w.id and m.id.userId = :userId)""")
	Page<Workspace> searchMemberOf(UUID userId, String pattern, Pageable pageable);

	@Query("""
			select w from Workspace w join Membership m on m.id.workspaceId = w.id
			where m.id.userId = :userId and w.nameKey like :pattern escape '\\'
			order by case when w.defaultFor = :userId then 0 else 1 end, w.nameKey""")
	List<Workspace> memberOf(UUID userId, String pattern, Pageable pageable);

}
