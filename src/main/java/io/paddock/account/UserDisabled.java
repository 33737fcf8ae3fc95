package io.paddock.account;

import java.util.UUID;

/**
 * Published when an admin disabled a user, so their sessions can be ended everywhere.
 */
public record UserDisabled(UUID userId, String email) {

}
