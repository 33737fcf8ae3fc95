package io.paddock.mail;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	@Query("""
			select m.id from OutboxMessage m
			where (m.status in (io.paddock.mail.OutboxStatus.PENDING, io.paddock.mail.OutboxStatus.FAILED)
			       and m.nextAttemptAt <= :now)
			   or (m.status = io.paddock.mail.OutboxStatus.SENDING and m.claimedAt < :staleBefore)
			order by m.id""")
	List<Long> findDue(Instant now, Instant staleBefore, Pageable pageable);

	/**
	 * Claims a due message for one sender; returns 0 when another sender was faster.
	 */
	@Modifying
	@Query("""
			update OutboxMessage m set m.status = io.paddock.mail.OutboxStatus.SENDING, m.claimedAt = :now
			where m.id = :id and (m.status in (io.paddock.mail.OutboxStatus.PENDING, io.paddock.mail.OutboxStatus.FAILED)
			   or (m.status = io.paddock.mail.OutboxStatus.SENDING and m.claimedAt < :staleBefore))""")
	int claim(Long id, Instant now, Instant staleBefore);

	/**
	 * Who was invited to the workspace by email and how each email stands, by member and
	 * each member's newest first.
	 */
	@Query("""
			select m.invitationUserId as userId, m.status as status from OutboxMessage m
			where m.invitationWorkspaceId = :workspaceId
			order by m.invitationWorkspaceId, m.invitationUserId, m.id desc""")
	List<InvitationStatus> findInvitations(long workspaceId);

	interface InvitationStatus {

		UUID getUserId();

		OutboxStatus getStatus();

	}

	@Query("select m from OutboxMessage m order by m.id desc")
	Page<OutboxMessage> newestFirst(Pageable pageable);

	/**
	 * How many messages wait in each unsent status, and since when the oldest of them.
	 */
	@Query("""
			select m.status as status, count(m) as count, min(m.createdAt) as oldest from OutboxMessage m
			where m.status in (io.paddock.mail.OutboxStatus.PENDING, io.paddock.mail.OutboxStatus.SENDING,
			                   io.paddock.mail.OutboxStatus.FAILED)
			group by m.status""")
	List<UnsentCount> countUnsent();

	interface UnsentCount {

		OutboxStatus getStatus();

		long getCount();

		Instant getOldest();

	}

}
