package io.paddock.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByEmailKey(String emailKey);

	boolean existsByEmailKey(String emailKey);

	@Query("select u from User u where array_has(:ids, u.id)")
	List<User> findAllOf(UUID[] ids);

	@Query("""
			select u from User u
			where lower(u.displayName) like :pattern escape '\\' or u.emailKey like :pattern escape '\\'
			order by u.emailKey""")
	Page<User> search(String pattern, Pageable pageable);

	@Query("""
			select u from User u
			where u.enabled = true and not array_has(:excluded, u.id)
			  and (lower(u.displayName) like :pattern escape '\\' or u.emailKey like :pattern escape '\\')
			order by u.emailKey""")
	List<User> searchEnabledExcept(String pattern, UUID[] excluded, Pageable pageable);

}
