package io.paddock.account;

import java.io.Serializable;
import java.util.UUID;

/**
 * The signed-in user on whose behalf a request runs, as services see it. Kept in the
 * dashboard session (stored in the database), so it holds only these few values.
 */
public record Actor(UUID id, String email, String displayName, boolean admin) implements Serializable {

}
