package io.paddock.mail;

import java.util.UUID;

import io.paddock.workspace.Role;

/**
 * A member's invitation email was written to the outbox again, by someone who may invite;
 * published inside the transaction that wrote it.
 */
public record InvitationResent(long workspaceId, String workspaceName, UUID userId, Role role, UUID resentBy) {

}
