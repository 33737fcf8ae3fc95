package io.paddock.workspace;

import java.util.UUID;
import java.util.stream.Stream;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every member-management endpoint, as a page, an htmx partial and a plain post, for each
 * kind of caller: the server decides, whatever the page shows.
 */
class MembershipAuthorizationIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	static Stream<Arguments> endpoints() {
		return Stream.of(Arguments.of("invitations page", false), Arguments.of("invitations dialog", true),
				Arguments.of("candidates", true), Arguments.of("send invitations", false),
				Arguments.of("send invitations", true), Arguments.of("change role", false),
				Arguments.of("change role", true), Arguments.of("removal confirmation", false),
				Arguments.of("removal confirmation", true), Arguments.of("remove", false),
				Arguments.of("remove", true));
	}

	@ParameterizedTest(name = "{0} (htmx: {1})")
	@MethodSource("endpoints")
	void everyCallerGetsTheAnswerTheRulesGive(String endpoint, boolean htmx) throws Exception {
		User owner = this.users.user("Owner");
		User collaborator = this.users.user("Collaborator");
		User target = this.users.user("Target");
		User invitee = this.users.user("Invitee");
		Workspace workspace = this.workspaces.create(owner.toActor(), TestUsers.uniqueName("authz"));
		this.memberships.addUser(owner.toActor(), workspace.getId(), collaborator.getEmail());
		this.memberships.addUser(owner.toActor(), workspace.getId(), target.getEmail());

		int anonymous = status(request(endpoint, workspace.getId(), target.getId(), invitee.getId()), htmx, null);
		assertThat(anonymous).as("anonymous").isEqualTo(htmx ? 403 : 302);
		assertThat(status(request(endpoint, workspace.getId(), target.getId(), invitee.getId()), htmx,
				this.users.user("Other")))
			.as("other user")
			.isEqualTo(404);
		assertThat(status(request(endpoint, workspace.getId(), target.getId(), invitee.getId()), htmx, collaborator))
			.as("collaborator")
			.isEqualTo(403);
		assertThat(status(request(endpoint, workspace.getId(), target.getId(), invitee.getId()), htmx, owner))
			.as("owner")
			.isIn(200, 302);
		User secondInvitee = this.users.user("Invitee");
		User secondTarget = this.users.user("Target");
		this.memberships.addUser(owner.toActor(), workspace.getId(), secondTarget.getEmail());
		assertThat(status(request(endpoint, workspace.getId(), secondTarget.getId(), secondInvitee.getId()), htmx,
				this.users.admin("Admin")))
			.as("admin")
			.isIn(200, 302);
	}

	private int status(MockHttpServletRequestBuilder request, boolean htmx, User caller) throws Exception {
		request.with(csrf());
		if (htmx) {
			request.header("HX-Request", "true");
		}
		if (caller != null) {
			request.with(signedInAs(caller));
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static MockHttpServletRequestBuilder request(String endpoint, long workspaceId, UUID target, UUID invitee) {
		String base = "/workspaces/" + workspaceId;
		return switch (endpoint) {
			case "invitations page", "invitations dialog" -> get(base + "/invitations");
			case "candidates" -> get(base + "/invitations/candidates").param("q", "");
			case "send invitations" -> post(base + "/invitations").param("userIds", invitee.toString());
			case "change role" -> post(base + "/members/" + target + "/role").param("role", "OWNER");
			case "removal confirmation" -> get(base + "/members/" + target + "/removal");
			case "remove" -> post(base + "/members/" + target + "/removal");
			default -> throw new IllegalArgumentException(endpoint);
		};
	}

}
