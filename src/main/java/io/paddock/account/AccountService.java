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
import org.springframework.util.StringUtils;

/**
 * Owns the instance's user accounts: who exists, who is enabled, and each user's
 * remembered current workspace.
 */
@Service
@Transactional(readOnly = true)
public class AccountService {

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final PasswordService passwords;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AccountService(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, PasswordService passwords, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.passwords = passwords;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens an account with the given password, or, without one, mails the user an
	 * activation link to set their own.
	 */
	@Transactional
	public User create(NewUser newUser) {
		if (this.users.existsByEmailKey(User.keyOf(newUser.email()))) {
			throw new EmailTakenException(newUser.email().strip());
		}
		String password = StringUtils.hasText(newUser.password()) ? newUser.password() : null;
		if (password != null) {
			this.passwordPolicy.require(password, newUser.email(), newUser.displayName());
		}
		User user = new User(newUser.email(), newUser.displayName(), newUser.type(),
				(password != null) ? this.passwordEncoder.encode(password) : null, this.clock.instant());
		this.users.saveAndFlush(user);
		this.events.publishEvent(new UserCreated(user.getId(), user.getEmail()));
		if (password == null) {
			this.passwords.issue(user, PasswordLinkPurpose.ACTIVATION);
		}
		return user;
	}

	/**
	 * Mails the user a new activation link when they have no password yet, else a reset
	 * link; earlier links stop working.
	 */
	@Transactional
	public PasswordLinkPurpose sendPasswordLink(Actor actor, UUID userId) {
		requireAdmin(actor);
		User user = get(userId);
		if (!user.isEnabled()) {
			throw new IllegalArgumentException("Enable " + user.getEmail() + " before sending a link.");
		}
		PasswordLinkPurpose purpose = user.isActivated() ? PasswordLinkPurpose.RESET : PasswordLinkPurpose.ACTIVATION;
		this.passwords.issue(user, purpose);
		return purpose;
	}

	@Transactional
	public User create(Actor actor, NewUser newUser) {
		requireAdmin(actor);
		return create(newUser);
	}

	/**
	 * Disables the user and revokes all their API tokens for good: enabling them again
	 * does not bring the tokens back.
	 */
	@Transactional
	public void disable(Actor actor, UUID userId) {
		requireAdmin(actor);
		if (actor.id().equals(userId)) {
			throw new IllegalArgumentException("You cannot disable your own account.");
		}
		User user = get(userId);
		user.disable();
		this.tokens.revokeAllOf(user.getId(), this.clock.instant());
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
		return this.users.searchEnabledExcept(SearchPattern.containing(query), excluded.toArray(UUID[]::new),
				PageRequest.of(0, limit));
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
		return this.users.findAllOf(ids.toArray(UUID[]::new))
			.stream()
			.collect(Collectors.toMap(User::getId, Function.identity()));
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
