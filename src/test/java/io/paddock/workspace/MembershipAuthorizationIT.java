package io.paddock.workspace;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.paddock.account.AccountService;
import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every member-management endpoint, as a page, an htmx partial and a plain post, for each
 * kind of caller: the server decides, whatever the page shows. A refused caller changes
 * nothing; an allowed one gets the change it asked for.
 */
class MembershipAuthorizationIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	AccountService accounts;

	static Stream<Arguments> endpoints() {
		return Stream.of(Arguments.of("invitations page", false), Arguments.of("invitations dialog", true),
				Arguments.of("candidates", true), Arguments.of("send invitations", false),
				Arguments.of("send invitations", true), Arguments.of("change role", false),
				Arguments.of("change role", true), Arguments.of("removal confirmation", false),
				Arguments.of("removal confirmation", true), Arguments.of("remove", false), Arguments.of("remove", true),
				Arguments.of("leave confirmation", false), Arguments.of("leave confirmation", true),
				Arguments.of("leave", false), Arguments.of("leave", true), Arguments.of("open", false));
	}

	@ParameterizedTest(name = "{0} (htmx: {1})")
	@MethodSource("endpoints")
	void everyCallerGetsTheAnswerTheRulesGive(String endpoint, boolean htmx) throws Exception {
		Fixture fixture = null;
		// Refused callers change nothing and share one workspace; each allowed one gets a
		// fresh one.
		for (Caller caller : Caller.values()) {
			if (fixture == null) {
				fixture = fixture();
			}
			User user = switch (caller) {
				case ANONYMOUS -> null;
				case OTHER -> this.users.user("Other");
				case COLLABORATOR -> fixture.collaborator();
				case OWNER -> fixture.owner();
				case ADMIN -> this.users.admin("Admin");
			};
			Set<String> before = members(fixture);
			Long currentBefore = (user != null) ? this.accounts.get(user.getId()).getCurrentWorkspaceId() : null;

			int status = status(request(endpoint, fixture), htmx, user);

			String as = endpoint + " as " + caller;
			if (allowed(endpoint, caller)) {
				assertThat(status).as(as).isIn(200, 302);
				assertThat(members(fixture)).as(as).isEqualTo(expectedMembers(endpoint, caller, fixture, before));
				if (endpoint.equals("open")) {
					assertThat(this.accounts.get(user.getId()).getCurrentWorkspaceId())
						.as(as + ": current workspace unchanged")
						.isEqualTo(currentBefore);
				}
				fixture = null;
			}
			else {
				assertThat(status).as(as).isEqualTo(refusal(caller, htmx));
				assertThat(members(fixture)).as(as + ": members unchanged").isEqualTo(before);
				if (user != null) {
					assertThat(this.accounts.get(user.getId()).getCurrentWorkspaceId())
						.as(as + ": current workspace unchanged")
						.isEqualTo(currentBefore);
				}
			}
		}
	}

	private static boolean allowed(String endpoint, Caller caller) {
		return switch (caller) {
			case ANONYMOUS, OTHER -> false;
			case OWNER, ADMIN -> true;
			case COLLABORATOR -> endpoint.startsWith("leave") || endpoint.equals("open");
		};
	}

	private static int refusal(Caller caller, boolean htmx) {
		return switch (caller) {
			case ANONYMOUS -> htmx ? 403 : 302;
			case OTHER -> 404;
			default -> 403;
		};
	}

	/**
	 * The members after an allowed call: only posts change them. An admin is no member,
	 * so has nothing to leave.
	 */
	private static Set<String> expectedMembers(String endpoint, Caller caller, Fixture fixture, Set<String> before) {
		Stream<String> after = before.stream();
		switch (endpoint) {
			case "send invitations" ->
				after = Stream.concat(after, Stream.of(entry(fixture.invitee(), Role.COLLABORATOR)));
			case "change role" ->
				after = after.map((member) -> member.equals(entry(fixture.target(), Role.COLLABORATOR))
						? entry(fixture.target(), Role.OWNER) : member);
			case "remove" -> after = after.filter((member) -> !member.startsWith(fixture.target().getEmail() + " "));
			case "leave" -> {
				User leaving = (caller == Caller.OWNER) ? fixture.owner()
						: (caller == Caller.COLLABORATOR) ? fixture.collaborator() : null;
				after = after.filter((member) -> leaving == null || !member.startsWith(leaving.getEmail() + " "));
			}
			default -> {
			}
		}
		return after.collect(Collectors.toSet());
	}

	/**
	 * A workspace with two owners (so either may leave), a collaborator, a collaborator
	 * to act on, and a user of the instance who is not a member yet.
	 */
	private Fixture fixture() {
		User owner = this.users.user("Owner");
		User coOwner = this.users.user("CoOwner");
		User collaborator = this.users.user("Collaborator");
		User target = this.users.user("Target");
		User invitee = this.users.user("Invitee");
		Workspace workspace = this.workspaces.create(owner.toActor(), TestUsers.uniqueName("authz"));
		this.memberships.addOwner(owner.toActor(), workspace.getId(), coOwner.getEmail());
		this.memberships.addUser(owner.toActor(), workspace.getId(), collaborator.getEmail());
		this.memberships.addUser(owner.toActor(), workspace.getId(), target.getEmail());
		return new Fixture(workspace, owner, collaborator, target, invitee);
	}

	private Set<String> members(Fixture fixture) {
		return this.workspaces.members(this.users.instanceAdmin().toActor(), fixture.workspace().getId())
			.stream()
			.map((member) -> member.email() + " " + member.role())
			.collect(Collectors.toSet());
	}

	private static String entry(User user, Role role) {
		return user.getEmail() + " " + role;
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

	private static MockHttpServletRequestBuilder request(String endpoint, Fixture fixture) {
		String base = "/workspaces/" + fixture.workspace().getId();
		String target = fixture.target().getId().toString();
		return switch (endpoint) {
			case "invitations page", "invitations dialog" -> get(base + "/invitations");
			case "candidates" -> get(base + "/invitations/candidates").param("q", "");
			case "send invitations" ->
				post(base + "/invitations").param("userIds", fixture.invitee().getId().toString());
			case "change role" -> post(base + "/members/" + target + "/role").param("role", "OWNER");
			case "removal confirmation" -> get(base + "/members/" + target + "/removal");
			case "remove" -> post(base + "/members/" + target + "/removal");
			case "leave confirmation" -> get(base + "/leave");
			case "leave" -> post(base + "/leave");
			case "open" -> get(base + "/open");
			default -> throw new IllegalArgumentException(endpoint);
		};
	}

	enum Caller {

		ANONYMOUS, OTHER, COLLABORATOR, OWNER, ADMIN

	}

	record Fixture(Workspace workspace, User owner, User collaborator, User target, User invitee) {

	}

}
