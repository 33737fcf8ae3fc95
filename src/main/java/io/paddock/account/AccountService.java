package io.paddock.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.paddock.shared.SearchPattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns the instance's user accounts: who exists, who is enabled, and each user's
 * remembered current workspace.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(UserRepository users, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public User create(NewUser newUser) {
		if (this.users.existsByEmailKey(User.keyOf(newUser.email()))) {
			throw new EmailTakenException(newUser.email().strip());
		}
		PasswordLimits.requireFits(newUser.password(), "The password");
		User user = new User(newUser.email(), newUser.displayName(), newUser.type(),
				this.passwordEncoder.encode(newUser.password()), this.clock.instant());
		this.users.saveAndFlush(user);
		this.events.publishEvent(new UserCreated(user.getId(), user.getEmail()));
		return user;
	}

	@Transactional
	public User create(Actor actor, NewUser newUser) {
		requireAdmin(actor);
		return create(newUser);
	}

	@Transactional
	public void disable(Actor actor, UUID userId) {
		requireAdmin(actor);
		if (actor.id().equals(userId)) {
			throw new IllegalArgumentException("You cannot disable your own account.");
		}
		User user = get(userId);
		user.disable();
		this.events.publishEvent(new UserDisabled(user.getId(), user.getEmail()));
	}

	@Transactional
	public void enable(Actor actor, UUID userId) {
		requireAdmin(actor);
		get(userId).enable();
	}

	public Page<User> list(Actor actor, String query, Pageable pageable) {
		requireAdmin(actor);
		return this.users.search(SearchPattern.containing(query), pageable);
	}

	/**
	 * Enabled users matching the query, leaving out the given ones (for instance a
	 * workspace's members).
	 */
	public List<User> searchEnabled(String query, Collection<UUID> excluded, int limit) {
		Collection<UUID> excludedIds = excluded.isEmpty() ? List.of(new UUID(0, 0)) : excluded;
		return this.users.searchEnabledExcept(SearchPattern.containing(query), excludedIds, PageRequest.of(0, limit));
	}

	public User get(UUID id) {
		return this.users.findById(id).orElseThrow(() -> new UserNotFoundException(id.toString()));
	}

	public Optional<User> findByEmail(String email) {
		return (email != null) ? this.users.findByEmailKey(User.keyOf(email)) : Optional.empty();
	}

	public Map<UUID, User> findAll(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.users.findByIdIn(ids).stream().collect(Collectors.toMap(User::getId, Function.identity()));
	}

	public long count() {
		return this.users.count();
	}

	@Transactional
	public void rememberCurrentWorkspace(UUID userId, Long workspaceId) {
		get(userId).rememberCurrentWorkspace(workspaceId);
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.admin()) {
			throw new AccessDeniedException("Only admins manage users.");
		}
	}

}
