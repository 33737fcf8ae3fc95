package io.paddock.account;

import java.util.UUID;

/**
 * Published inside the transaction that creates a user account.
 */
public record UserCreated(UUID userId, String email) {

}
