package io.paddock.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * An entry as people read it: with the actor's email and name.
 */
public record ActivityItem(long id, Instant occurredAt, long workspaceId, String workspaceName, UUID actorId,
		String actorEmail, String actorName, ActivityAction action, String subject, String details,
		ActivitySource source) {

}
