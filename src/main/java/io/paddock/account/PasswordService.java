package io.paddock.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users set their own passwords: through a one-time link by email (activation of a new
 * account, reset of a forgotten password) or, signed in, by giving the current one. Every
 * new password follows the {@link PasswordPolicy}; every change ends the user's other
 * sessions and voids their unused links.
 */
@Service
@Transactional
public class PasswordService {

	/**
	 * At most this many reset links per user and {@link #RESET_WINDOW}, so that Forgot
	 * password? cannot flood someone's mailbox.
	 */
	static final int RESETS_PER_WINDOW = 3;

	static final Duration RESET_WINDOW = Duration.ofHours(1);

	private static final Logger log = LoggerFactory.getLogger(PasswordService.class);

	private final UserRepository users;

	private final PasswordLinkRepository links;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PasswordService(UserRepository users, PasswordLinkRepository links, PasswordEncoder passwordEncoder,
			PasswordPolicy policy, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.links = links;
		this.passwordEncoder = passwordEncoder;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Mails a reset link when an enabled user has this email and has not asked too often
	 * lately; otherwise does nothing, and nobody can tell the difference.
	 */
	public void requestReset(String email) {
		Optional<User> user = Optional.ofNullable(email)
			.map(User::keyOf)
			.flatMap(this.users::findByEmailKey)
			.filter(User::isEnabled);
		if (user.isEmpty()) {
			return;
		}
		Instant since = this.clock.instant().minus(RESET_WINDOW);
		if (this.links.countByUserIdAndPurposeAndCreatedAtAfter(user.get().getId(), PasswordLinkPurpose.RESET,
				since) >= RESETS_PER_WINDOW) {
			log.info("Not sending another password reset link to {} within {}", user.get().getEmail(), RESET_WINDOW);
			return;
		}
		issue(user.get(), PasswordLinkPurpose.RESET);
	}

	/**
	 * What the page of a link shows: whether it can set a password, and for whom.
	 */
	@Transactional(readOnly = true)
	public LinkCheck check(String token) {
		return find(token).map((link) -> {
			User user = this.users.findById(link.getUserId()).orElseThrow();
			PasswordLinkState state = user.isEnabled() ? link.stateAt(this.clock.instant()) : PasswordLinkState.UNKNOWN;
			return new LinkCheck(state, link.getPurpose(), user.getEmail(), user.getDisplayName());
		}).orElse(new LinkCheck(PasswordLinkState.UNKNOWN, null, null, null));
	}

	/**
	 * Sets the password of the link's user and uses the link up, with every other link of
	 * theirs; all their sessions end.
	 * @throws PasswordLinkUnusableException when the link is unknown, used or expired
	 * @throws PasswordRefusedException when the password breaks a rule
	 */
	public User setPassword(String token, String password) {
		PasswordLink link = find(token).orElseThrow(() -> new PasswordLinkUnusableException(PasswordLinkState.UNKNOWN));
		User user = this.users.findById(link.getUserId()).orElseThrow();
		Instant now = this.clock.instant();
		PasswordLinkState state = user.isEnabled() ? link.stateAt(now) : PasswordLinkState.UNKNOWN;
		if (state != PasswordLinkState.VALID) {
			throw new PasswordLinkUnusableException(state);
		}
		this.policy.require(password, user.getEmail(), user.getDisplayName());
		if (this.links.use(link.getId(), now) == 0) {
			throw new PasswordLinkUnusableException(PasswordLinkState.USED);
		}
		change(user, password, null);
		return user;
	}

	/**
	 * Changes the signed-in user's password; their sessions other than the given one end.
	 * @throws WrongPasswordException when the current password is wrong
	 * @throws PasswordRefusedException when the new password breaks a rule
	 */
	public void changePassword(Actor actor, String currentPassword, String newPassword, String keptSessionId) {
		User user = this.users.findById(actor.id()).orElseThrow(() -> new UserNotFoundException(actor.email()));
		if (currentPassword == null || !user.isActivated()
				|| !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new WrongPasswordException();
		}
		this.policy.require(newPassword, user.getEmail(), user.getDisplayName());
		change(user, newPassword, keptSessionId);
	}

	/**
	 * Makes a link for the user and publishes it for the email; earlier unused links of
	 * the user stop working.
	 */
	void issue(User user, PasswordLinkPurpose purpose) {
		Instant now = this.clock.instant();
		this.links.useAllOf(user.getId(), now);
		String token = TokenHashes.newToken();
		PasswordLink link = this.links.save(new PasswordLink(user.getId(), purpose, TokenHashes.hash(token), now));
		this.events.publishEvent(
				new PasswordLinkIssued(user.getEmail(), user.getDisplayName(), purpose, token, link.getExpiresAt()));
	}

	private void change(User user, String password, String keptSessionId) {
		this.users.findById(user.getId()).orElseThrow().changePassword(this.passwordEncoder.encode(password));
		this.links.useAllOf(user.getId(), this.clock.instant());
		this.events.publishEvent(new PasswordChanged(user.getId(), user.getEmail(), keptSessionId));
	}

	private Optional<PasswordLink> find(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		return this.links.findByTokenHash(TokenHashes.hash(token.strip()));
	}

	/**
	 * Whether a link can set a password ({@link PasswordLinkState#VALID}), its purpose
	 * and whose password it sets; only the state is known of an unknown link.
	 */
	public record LinkCheck(PasswordLinkState state, PasswordLinkPurpose purpose, String email, String displayName) {

	}

}
