package io.paddock.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, UUID> {

	Optional<PasswordLink> findByTokenHash(String tokenHash);

	long countByUserIdAndPurposeAndCreatedAtAfter(UUID userId, PasswordLinkPurpose purpose, Instant since);

	/**
	 * Uses the link up; 0 when it was used meanwhile.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordLink l set l.usedAt = :now where l.id = :id and l.usedAt is null")
	int use(UUID id, Instant now);

	/**
	 * Makes every unused link of the user unusable, e.g. once one of them set the
	 * password.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update PasswordLink l set l.usedAt = :now where l.userId = :userId and l.usedAt is null")
	int useAllOf(UUID userId, Instant now);

}
