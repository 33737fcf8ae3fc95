package io.paddock.account;

import java.util.UUID;

/**
 * The signed-in user on whose behalf a request runs, as services see it.
 */
public record Actor(UUID id, String email, String displayName, boolean admin) {

}
