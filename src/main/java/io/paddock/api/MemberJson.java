package io.paddock.api;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.paddock.workspace.Member;

/**
 * A member of a workspace with their role ({@code owner} or {@code collaborator}), as the
 * Collaborators page lists them.
 */
record MemberJson(String email, @JsonProperty("display_name") String displayName, String role, Instant since) {

	static MemberJson of(Member member) {
		return new MemberJson(member.email(), member.displayName(), member.role().name().toLowerCase(Locale.ROOT),
				member.since());
	}

}
