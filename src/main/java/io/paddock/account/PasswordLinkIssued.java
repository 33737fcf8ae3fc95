package io.paddock.account;

import java.time.Instant;

/**
 * Published inside the transaction that made a password link, so that it is mailed to the
 * user; the only place the link's token is ever seen.
 */
public record PasswordLinkIssued(String email, String displayName, PasswordLinkPurpose purpose, String token,
		Instant expiresAt) {

}
