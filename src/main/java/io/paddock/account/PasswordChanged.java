package io.paddock.account;

import java.util.UUID;

/**
 * Published when a user's password changed, so that their other sessions end.
 *
 * @param keptSessionId the session in which the user changed it themselves, which stays;
 * {@code null} when every session ends
 */
public record PasswordChanged(UUID userId, String email, String keptSessionId) {

}
