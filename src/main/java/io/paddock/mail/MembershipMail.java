package io.paddock.mail;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import io.paddock.account.AccountService;
import io.paddock.account.User;
import io.paddock.workspace.MembershipEvents.MemberInvited;
import io.paddock.workspace.MembershipEvents.MemberRemoved;
import io.paddock.workspace.MembershipEvents.MemberRoleChanged;
import io.paddock.workspace.Role;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the emails that tell people about changes to their workspace memberships, into
 * the outbox, inside the transaction of the change.
 */
@Component
class MembershipMail {

	private final Outbox outbox;

	private final AccountService accounts;

	private final TemplateEngine templates;

	private final InstanceProperties instance;

	MembershipMail(Outbox outbox, AccountService accounts, TemplateEngine templates, InstanceProperties instance) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.templates = templates;
		this.instance = instance;
	}

	@EventListener
	void invited(MemberInvited event) {
		User invitee = this.accounts.get(event.userId());
		User inviter = this.accounts.get(event.invitedBy());
		String subject = inviter.getDisplayName() + " invited you to the workspace " + event.workspaceName();
		write("invitation", invitee, subject, Map.of("inviter", inviter, "workspaceName", event.workspaceName(),
				"owner", event.role() == Role.OWNER, "workspaceLink", workspaceLink(event.workspaceId())));
	}

	@EventListener
	void roleChanged(MemberRoleChanged event) {
		User member = this.accounts.get(event.userId());
		User changedBy = this.accounts.get(event.changedBy());
		boolean owner = event.role() == Role.OWNER;
		String subject = (owner ? "You are now an owner of " : "You are now a collaborator in ")
				+ event.workspaceName();
		write("role-changed", member, subject, Map.of("changedBy", changedBy, "workspaceName", event.workspaceName(),
				"owner", owner, "workspaceLink", workspaceLink(event.workspaceId())));
	}

	@EventListener
	void removed(MemberRemoved event) {
		if (event.left()) {
			return;
		}
		User member = this.accounts.get(event.userId());
		User removedBy = this.accounts.get(event.removedBy());
		String subject = "You were removed from the workspace " + event.workspaceName();
		write("removed", member, subject, Map.of("removedBy", removedBy, "workspaceName", event.workspaceName()));
	}

	private void write(String template, User recipient, String subject, Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(variables);
		context.setVariable("recipient", recipient);
		context.setVariable("subject", subject);
		context.setVariable("instanceLink", this.instance.link("/"));
		String text = this.templates.process("mail/text/" + template, context);
		String html = this.templates.process("mail/" + template, context);
		this.outbox.enqueue(recipient.getEmail(), subject, text, html);
	}

	private String workspaceLink(long workspaceId) {
		return this.instance.link("/workspaces/" + workspaceId);
	}

}
