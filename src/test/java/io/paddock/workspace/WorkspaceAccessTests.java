package io.paddock.workspace;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.paddock.account.Actor;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceAccess.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The access table of the spec, row by row, and the rules beside it: the last owner, the
 * default workspace and archiving.
 */
class WorkspaceAccessTests {

	private static final UUID CALLER = UUID.randomUUID();

	private static final Member OWNER = member(Role.OWNER);

	private static final Member COLLABORATOR = member(Role.COLLABORATOR);

	private static final Map<String, Function<WorkspaceAccess, Decision>> ACTIONS = Map.ofEntries(
			Map.entry("see the workspace, its members, models, pipelines", (access) -> access.decide(Action.SEE)),
			Map.entry("add models and pipelines", (access) -> access.decide(Action.ADD_CONTENT)),
			Map.entry("invite users", (access) -> access.decide(Action.INVITE)),
			Map.entry("promote a collaborator", (access) -> access.decide(Action.PROMOTE, COLLABORATOR)),
			Map.entry("demote an owner", (access) -> access.decide(Action.DEMOTE, OWNER)),
			Map.entry("remove a collaborator", (access) -> access.decide(Action.REMOVE, COLLABORATOR)),
			Map.entry("remove an owner", (access) -> access.decide(Action.REMOVE, OWNER)),
			Map.entry("archive", (access) -> access.decide(Action.ARCHIVE)),
			Map.entry("unarchive", (access) -> access.decide(Action.UNARCHIVE)),
			Map.entry("leave the workspace", (access) -> access.decide(Action.LEAVE)));

	@ParameterizedTest(name = "{0} | {1} | {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# in a workspace with two owners and a collaborator
			# caller       | action                                            | decision
			collaborator   | see the workspace, its members, models, pipelines | ALLOWED
			owner          | see the workspace, its members, models, pipelines | ALLOWED
			admin          | see the workspace, its members, models, pipelines | ALLOWED
			other user     | see the workspace, its members, models, pipelines | DOES_NOT_EXIST
			collaborator   | add models and pipelines                          | ALLOWED
			owner          | add models and pipelines                          | ALLOWED
			admin          | add models and pipelines                          | ALLOWED
			other user     | add models and pipelines                          | DOES_NOT_EXIST
			collaborator   | invite users                                      | OWNERS_ONLY
			owner          | invite users                                      | ALLOWED
			admin          | invite users                                      | ALLOWED
			other user     | invite users                                      | DOES_NOT_EXIST
			collaborator   | promote a collaborator                            | OWNERS_ONLY
			owner          | promote a collaborator                            | ALLOWED
			admin          | promote a collaborator                            | ALLOWED
			other user     | promote a collaborator                            | DOES_NOT_EXIST
			collaborator   | demote an owner                                   | OWNERS_ONLY
			owner          | demote an owner                                   | ALLOWED
			admin          | demote an owner                                   | ALLOWED
			other user     | demote an owner                                   | DOES_NOT_EXIST
			collaborator   | remove a collaborator                             | OWNERS_ONLY
			owner          | remove a collaborator                             | ALLOWED
			admin          | remove a collaborator                             | ALLOWED
			other user     | remove a collaborator                             | DOES_NOT_EXIST
			collaborator   | archive                                           | OWNERS_ONLY
			owner          | archive                                           | ALLOWED
			admin          | archive                                           | ALLOWED
			other user     | archive                                           | DOES_NOT_EXIST
			collaborator   | leave the workspace                               | ALLOWED
			owner          | leave the workspace                               | ALLOWED
			admin          | leave the workspace                               | NOT_A_MEMBER
			other user     | leave the workspace                               | DOES_NOT_EXIST
			""")
	void accessTable(String caller, String action, Decision decision) {
		assertThat(decide(caller, "with two owners", action)).isEqualTo(decision);
	}

	@ParameterizedTest(name = "{0} | {1} | {2} | {3}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			# caller       | action                   | in a workspace                          | decision
			owner          | demote an owner          | with one owner                          | LAST_OWNER
			admin          | demote an owner          | with one owner                          | LAST_OWNER
			owner          | remove an owner          | with one owner                          | LAST_OWNER
			admin          | remove an owner          | with one owner                          | LAST_OWNER
			owner          | leave the workspace      | with one owner                          | LAST_OWNER
			owner          | remove a collaborator    | that is the collaborator's default      | DEFAULT_WORKSPACE
			admin          | remove a collaborator    | that is the collaborator's default      | DEFAULT_WORKSPACE
			owner          | leave the workspace      | that is the caller's default            | DEFAULT_WORKSPACE
			owner          | archive                  | that is the caller's default            | DEFAULT_WORKSPACE
			admin          | archive                  | that is the caller's default            | DEFAULT_WORKSPACE
			collaborator   | archive                  | that is the caller's default            | OWNERS_ONLY
			collaborator   | add models and pipelines | archived                                | ARCHIVED
			admin          | add models and pipelines | archived                                | ARCHIVED
			other user     | add models and pipelines | archived                                | DOES_NOT_EXIST
			owner          | unarchive                | archived                                | ALLOWED
			collaborator   | unarchive                | archived                                | OWNERS_ONLY
			collaborator   | see the workspace, its members, models, pipelines | archived       | ALLOWED
			owner          | invite users             | archived                                | ALLOWED
			""")
	void rulesBesideTheTable(String caller, String action, String workspace, Decision decision) {
		assertThat(decide(caller, workspace, action)).isEqualTo(decision);
	}

	@Test
	void refusalsSayWhyInTheWordsOfTheReference() {
		assertThatExceptionOfType(WorkspaceNotFoundException.class)
			.isThrownBy(() -> access("other user", "with two owners").require(Action.SEE))
			.withMessageEndingWith("does not exist.");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> access("collaborator", "with two owners").require(Action.INVITE))
			.withMessage("Only owners of imdb can invite users.");
		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(() -> access("owner", "with one owner").require(Action.DEMOTE, OWNER))
			.withMessage("Last owner of a workspace cannot be demoted");
		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(() -> access("owner", "with one owner").require(Action.LEAVE))
			.withMessage("Last owner of a workspace cannot leave it");
		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(
					() -> access("owner", "that is the collaborator's default").require(Action.REMOVE, COLLABORATOR))
			.withMessage("User cannot be removed from their default workspace");
		assertThatExceptionOfType(WorkspaceArchiveException.class)
			.isThrownBy(() -> access("owner", "that is the caller's default").require(Action.ARCHIVE))
			.withMessage("A default workspace cannot be archived.");
		assertThatExceptionOfType(MembershipException.class)
			.isThrownBy(() -> access("admin", "with two owners").require(Action.LEAVE))
			.withMessage("User caller@ex.co is not a member of workspace imdb");
	}

	@Test
	void ownersAreCountedOnlyWhenTheLastOwnerRuleApplies() {
		WorkspaceAccess access = new WorkspaceAccess(actor(false), Role.OWNER, named(), () -> {
			throw new AssertionError("owners counted");
		});
		assertThat(access.decide(Action.REMOVE, COLLABORATOR)).isEqualTo(Decision.ALLOWED);
		assertThat(access.decide(Action.DEMOTE, COLLABORATOR)).isEqualTo(Decision.ALLOWED);
		assertThat(access.decide(Action.INVITE)).isEqualTo(Decision.ALLOWED);
	}

	@Test
	void pagesOfferDemoteAndRemoveOfTheLastOwnerSoTheClickSaysWhyButHideLeaving() {
		AllowedActions lastOwner = access("owner", "with one owner").allowedActions();
		assertThat(lastOwner.demote(OWNER)).isTrue();
		assertThat(lastOwner.remove(OWNER)).isTrue();
		assertThat(lastOwner.promote(OWNER)).isFalse();
		assertThat(lastOwner.demote(COLLABORATOR)).isFalse();
		assertThat(lastOwner.promote(COLLABORATOR)).isTrue();
		assertThat(lastOwner.leave()).isFalse();
		AllowedActions collaborator = access("collaborator", "with two owners").allowedActions();
		assertThat(collaborator.memberMenu()).isFalse();
		assertThat(collaborator.invite()).isFalse();
		assertThat(collaborator.archiveToggle()).isFalse();
		assertThat(collaborator.leave()).isTrue();
		assertThat(collaborator.addContent()).isTrue();
		assertThat(access("owner", "that is the collaborator's default").allowedActions().remove(COLLABORATOR))
			.isFalse();
		assertThat(access("owner", "that is the caller's default").allowedActions().archiveToggle()).isFalse();
		assertThat(access("owner", "archived").allowedActions().archiveToggle()).isTrue();
		assertThat(access("owner", "archived").allowedActions().addContent()).isFalse();
	}

	private static Decision decide(String caller, String workspace, String action) {
		Function<WorkspaceAccess, Decision> decision = ACTIONS.get(action.strip());
		assertThat(decision).as("action " + action).isNotNull();
		return decision.apply(access(caller, workspace));
	}

	private static WorkspaceAccess access(String caller, String workspace) {
		Workspace place = switch (workspace.strip()) {
			case "with two owners", "with one owner" -> named();
			case "that is the collaborator's default" ->
				Workspace.defaultFor(COLLABORATOR.userId(), COLLABORATOR.email(), Instant.EPOCH);
			case "that is the caller's default" -> Workspace.defaultFor(CALLER, "caller@ex.co", Instant.EPOCH);
			case "archived" -> archived();
			default -> throw new IllegalArgumentException("No workspace " + workspace);
		};
		long owners = workspace.strip().equals("with one owner") ? 1 : 2;
		return switch (caller.strip()) {
			case "collaborator" -> new WorkspaceAccess(actor(false), Role.COLLABORATOR, place, () -> owners);
			case "owner" -> new WorkspaceAccess(actor(false), Role.OWNER, place, () -> owners);
			case "admin" -> new WorkspaceAccess(actor(true), null, place, () -> owners);
			case "other user" -> new WorkspaceAccess(actor(false), null, place, () -> owners);
			default -> throw new IllegalArgumentException("No caller " + caller);
		};
	}

	private static Workspace named() {
		return Workspace.named(new WorkspaceName("imdb"), UUID.randomUUID(), Instant.EPOCH);
	}

	private static Workspace archived() {
		Workspace workspace = named();
		workspace.archive();
		return workspace;
	}

	private static Actor actor(boolean admin) {
		return new Actor(CALLER, "caller@ex.co", "Caller", admin);
	}

	private static Member member(Role role) {
		UUID id = UUID.randomUUID();
		return new Member(id, id + "@ex.co", "Member", role, Instant.EPOCH);
	}

}
