package io.paddock.workspace;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Embeddable;

@Embeddable
public record MembershipId(Long workspaceId, UUID userId) implements Serializable {

}
