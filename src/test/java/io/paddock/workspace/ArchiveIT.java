package io.paddock.workspace;

import java.io.ByteArrayInputStream;
import java.util.List;

import io.paddock.account.User;
import io.paddock.catalog.CatalogConflictException;
import io.paddock.catalog.ModelService;
import io.paddock.catalog.PipelineService;
import io.paddock.catalog.StepRequest;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Archiving: owners and admins only, never a default workspace, and an archived workspace
 * takes no new models or pipelines.
 */
class ArchiveIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	ModelService models;

	@Autowired
	PipelineService pipelines;

	private User owner;

	private User collaborator;

	private Workspace workspace;

	@BeforeEach
	void workspaceWithCollaborator() {
		this.owner = this.users.user("Owner");
		this.collaborator = this.users.user("Collaborator");
		this.workspace = this.workspaces.create(this.owner.toActor(), TestUsers.uniqueName("archive"));
		this.memberships.addUser(this.owner.toActor(), this.workspace.getId(), this.collaborator.getEmail());
	}

	@Test
	void archiveWhenOwnerThenArchivedAndUnarchiveRestores() throws Exception {
		archive(this.owner, true).andExpect(status().isFound())
			.andExpect(redirectedUrl("/workspaces/" + this.workspace.getId()))
			.andExpect(flash().attribute("notice", "Archived the workspace " + this.workspace.getName() + "."));
		assertThat(isArchived()).isTrue();

		archive(this.owner, false).andExpect(status().isFound());
		assertThat(isArchived()).isFalse();
	}

	@Test
	void archiveWhenAdminThenArchived() throws Exception {
		archive(this.users.instanceAdmin(), true).andExpect(status().isFound());
		assertThat(isArchived()).isTrue();
	}

	@Test
	void archiveWhenCollaboratorThenForbiddenAndUnchanged() throws Exception {
		archive(this.collaborator, true).andExpect(status().isForbidden());
		assertThat(isArchived()).isFalse();
	}

	@Test
	void archiveWhenNotMemberThenDoesNotExistAndUnchanged() throws Exception {
		archive(this.users.user("Other"), true).andExpect(status().isNotFound());
		assertThat(isArchived()).isFalse();
	}

	@Test
	void archiveWhenAnonymousThenLoginAndUnchanged() throws Exception {
		this.mvc
			.perform(post("/workspaces/{id}/archived", this.workspace.getId()).param("archived", "true").with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		assertThat(isArchived()).isFalse();
	}

	@Test
	void archiveDefaultWorkspaceThenRefusedWithMessage() throws Exception {
		Workspace personal = this.workspaces.defaultWorkspaceOf(this.owner.getId());
		this.mvc
			.perform(post("/workspaces/{id}/archived", personal.getId()).param("archived", "true")
				.with(signedInAs(this.owner))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("problem", "A default workspace cannot be archived."));
		assertThat(this.workspaces.get(this.owner.toActor(), personal.getId()).isArchived()).isFalse();
	}

	@Test
	void archivedWorkspaceThenNoNewModelsOrPipelinesButMembersStay() {
		this.workspaces.setArchived(this.owner.toActor(), this.workspace.getId(), true);

		assertThatExceptionOfType(CatalogConflictException.class)
			.isThrownBy(() -> this.models.upload(this.collaborator.toActor(), this.workspace.getId(), "embedder-o",
					"embedder.onnx", 3, new ByteArrayInputStream(new byte[] { 1, 2, 3 })))
			.withMessage(
					"Workspace " + this.workspace.getName() + " is archived: unarchive it to add models or pipelines.");
		assertThatExceptionOfType(CatalogConflictException.class)
			.isThrownBy(() -> this.pipelines.createPipeline(this.owner.toActor(), this.workspace.getId(), "p",
					List.of(StepRequest.latest("embedder-o"))))
			.withMessageContaining("is archived");
		assertThat(this.models.models(this.owner.toActor(), this.workspace.getId())).isEmpty();
		assertThat(this.workspaces.members(this.collaborator.toActor(), this.workspace.getId())).hasSize(2);
	}

	private ResultActions archive(User user, boolean archived) throws Exception {
		return this.mvc.perform(
				post("/workspaces/{id}/archived", this.workspace.getId()).param("archived", String.valueOf(archived))
					.with(signedInAs(user))
					.with(csrf()));
	}

	private boolean isArchived() {
		return this.workspaces.get(this.owner.toActor(), this.workspace.getId()).isArchived();
	}

}
