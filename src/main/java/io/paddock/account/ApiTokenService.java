package io.paddock.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.paddock.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, checks and revokes personal API tokens.
 */
@Service
@Transactional
public class ApiTokenService {

	private static final String PREFIX = "pdk_";

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, UserRepository users, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * Creates a token; the returned value is the only time the token itself is seen.
	 */
	public CreatedToken create(Actor actor, String name) {
		String token = PREFIX + TokenHashes.newToken();
		ApiToken saved = this.tokens
			.save(new ApiToken(actor.id(), name.strip(), TokenHashes.hash(token), this.clock.instant()));
		return new CreatedToken(saved, token);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> list(Actor actor) {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(actor.id());
	}

	public ApiToken revoke(Actor actor, UUID tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter((t) -> t.getUserId().equals(actor.id()))
			.orElseThrow(() -> new NotFoundException("API token " + tokenId + " does not exist."));
		token.revoke(this.clock.instant());
		return token;
	}

	/**
	 * The enabled user a valid, unrevoked token belongs to; records when it was used.
	 */
	public Optional<User> authenticate(String token) {
		if (token == null || !token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(TokenHashes.hash(token)).filter((t) -> !t.isRevoked()).flatMap((t) -> {
			t.used(this.clock.instant());
			return this.users.findById(t.getUserId()).filter(User::isEnabled);
		});
	}

	/**
	 * A token just created, with its secret value.
	 */
	public record CreatedToken(ApiToken token, String value) {

	}

}
