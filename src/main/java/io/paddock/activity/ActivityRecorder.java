package io.paddock.activity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.catalog.CatalogEvents.ModelRemoved;
import io.paddock.catalog.CatalogEvents.ModelVersionUploaded;
import io.paddock.catalog.CatalogEvents.PipelineCreated;
import io.paddock.catalog.CatalogEvents.PipelineDeleted;
import io.paddock.mail.InvitationResent;
import io.paddock.workspace.MembershipEvents.MemberRemoved;
import io.paddock.workspace.MembershipEvents.MemberRoleChanged;
import io.paddock.workspace.MembershipEvents.MembersInvited;
import io.paddock.workspace.Role;
import io.paddock.workspace.WorkspaceEvents.WorkspaceArchiveChanged;
import io.paddock.workspace.WorkspaceEvents.WorkspaceCreated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records every change to a workspace, its members, models and pipelines, from the events
 * the services publish, inside the transaction of the change: the entries commit or roll
 * back with it, and the entries of one change are inserted in one batch at its flush.
 */
@Component
class ActivityRecorder {

	private final ActivityRepository entries;

	private final AccountService accounts;

	private final Clock clock;

	ActivityRecorder(ActivityRepository entries, AccountService accounts, Clock clock) {
		this.entries = entries;
		this.accounts = accounts;
		this.clock = clock;
	}

	@EventListener
	void created(WorkspaceCreated event) {
		record(event.workspaceId(), event.workspaceName(), event.createdBy(), ActivityAction.WORKSPACE_CREATED,
				event.workspaceName(), null);
	}

	@EventListener
	void archiveChanged(WorkspaceArchiveChanged event) {
		record(event.workspaceId(), event.workspaceName(), event.changedBy(),
				event.archived() ? ActivityAction.WORKSPACE_ARCHIVED : ActivityAction.WORKSPACE_RESTORED,
				event.workspaceName(), null);
	}

	/**
	 * One entry per invitee. The invitees were read by the change, so their emails come
	 * from the persistence context without another query.
	 */
	@EventListener
	void invited(MembersInvited event) {
		ActivitySource source = ActivitySource.current();
		this.entries.saveAll(event.invitees()
			.stream()
			.map((invitee) -> new ActivityEntry(event.workspaceId(), event.workspaceName(), event.invitedBy(),
					ActivityAction.MEMBER_INVITED, emailOf(invitee.userId()), "as " + roleName(invitee.role()), source,
					this.clock.instant()))
			.toList());
	}

	@EventListener
	void invitationResent(InvitationResent event) {
		record(event.workspaceId(), event.workspaceName(), event.resentBy(), ActivityAction.INVITATION_RESENT,
				emailOf(event.userId()), "as " + roleName(event.role()));
	}

	@EventListener
	void roleChanged(MemberRoleChanged event) {
		record(event.workspaceId(), event.workspaceName(), event.changedBy(),
				(event.role() == Role.OWNER) ? ActivityAction.MEMBER_PROMOTED : ActivityAction.MEMBER_DEMOTED,
				emailOf(event.userId()), "to " + roleName(event.role()));
	}

	@EventListener
	void removed(MemberRemoved event) {
		record(event.workspaceId(), event.workspaceName(), event.removedBy(),
				event.left() ? ActivityAction.MEMBER_LEFT : ActivityAction.MEMBER_REMOVED, emailOf(event.userId()),
				null);
	}

	@EventListener
	void modelUploaded(ModelVersionUploaded event) {
		record(event.workspaceId(), event.workspaceName(), event.uploadedBy(), ActivityAction.MODEL_UPLOADED,
				event.modelName(), "version " + event.version() + ", " + event.fileName() + ", " + event.size()
						+ ((event.size() == 1) ? " byte" : " bytes"));
	}

	@EventListener
	void modelRemoved(ModelRemoved event) {
		record(event.workspaceId(), event.workspaceName(), event.removedBy(), ActivityAction.MODEL_DELETED,
				event.modelName(), event.versions() + ((event.versions() == 1) ? " version" : " versions"));
	}

	@EventListener
	void pipelineCreated(PipelineCreated event) {
		record(event.workspaceId(), event.workspaceName(), event.createdBy(), ActivityAction.PIPELINE_CREATED,
				event.pipelineName(), event.steps() + ((event.steps() == 1) ? " step" : " steps"));
	}

	@EventListener
	void pipelineDeleted(PipelineDeleted event) {
		record(event.workspaceId(), event.workspaceName(), event.deletedBy(), ActivityAction.PIPELINE_DELETED,
				event.pipelineName(), null);
	}

	private void record(long workspaceId, String workspaceName, UUID actorId, ActivityAction action, String subject,
			String details) {
		this.entries.saveAll(List.of(new ActivityEntry(workspaceId, workspaceName, actorId, action, subject, details,
				ActivitySource.current(), this.clock.instant())));
	}

	private String emailOf(UUID userId) {
		return this.accounts.get(userId).getEmail();
	}

	private static String roleName(Role role) {
		return (role == Role.OWNER) ? "owner" : "collaborator";
	}

}
