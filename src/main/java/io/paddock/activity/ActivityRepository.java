package io.paddock.activity;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ActivityRepository extends JpaRepository<ActivityEntry, Long>, ActivityQueries {

	/**
	 * The oldest entries written before the cutoff; they come first in id order, so the
	 * scan stops at the first newer entry once the limit is reached.
	 */
	@Query("select e.id from ActivityEntry e where e.occurredAt < :cutoff order by e.id")
	List<Long> findExpired(Instant cutoff, Limit limit);

	@Modifying
	@Query("delete from ActivityEntry e where array_has(:ids, e.id)")
	int deleteByIds(Long[] ids);

}
