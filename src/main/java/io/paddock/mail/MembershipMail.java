package io.paddock.mail;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.unbescape.html.HtmlEscape;

import io.paddock.account.AccountService;
import io.paddock.account.User;
import io.paddock.workspace.MembershipEvents.Invitee;
import io.paddock.workspace.MembershipEvents.MemberRemoved;
import io.paddock.workspace.MembershipEvents.MemberRoleChanged;
import io.paddock.workspace.MembershipEvents.MembersInvited;
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

	/**
	 * One invitation per invitee; the templates are rendered once per role, however many
	 * people are invited at once.
	 */
	@EventListener
	void invited(MembersInvited event) {
		invite(event.workspaceId(), event.workspaceName(), event.invitedBy(), event.invitees());
	}

	/**
	 * Writes the invitations of the invitees, sent by the inviter; each is marked as the
	 * invitation of that member, for its status on the workspace page.
	 */
	void invite(long workspaceId, String workspaceName, UUID invitedBy, List<Invitee> invitees) {
		User inviter = this.accounts.get(invitedBy);
		String subject = inviter.getDisplayName() + " invited you to the workspace " + workspaceName;
		Map<Role, Letter> letters = new EnumMap<>(Role.class);
		for (Invitee invitee : invitees) {
			Letter letter = letters.computeIfAbsent(invitee.role(),
					(role) -> render("invitation", subject, Map.of("inviter", inviter, "workspaceName", workspaceName,
							"owner", role == Role.OWNER, "workspaceLink", workspaceLink(workspaceId))));
			User recipient = this.accounts.get(invitee.userId());
			this.outbox.enqueueInvitation(workspaceId, recipient.getId(), recipient.getEmail(), subject,
					letter.textFor(recipient), letter.htmlFor(recipient));
		}
	}

	@EventListener
	void roleChanged(MemberRoleChanged event) {
		User member = this.accounts.get(event.userId());
		User changedBy = this.accounts.get(event.changedBy());
		boolean owner = event.role() == Role.OWNER;
		String subject = (owner ? "You are now an owner of " : "You are now a collaborator in ")
				+ event.workspaceName();
		render("role-changed", subject, Map.of("changedBy", changedBy, "workspaceName", event.workspaceName(), "owner",
				owner, "workspaceLink", workspaceLink(event.workspaceId())))
			.sendTo(member);
	}

	@EventListener
	void removed(MemberRemoved event) {
		if (event.left()) {
			return;
		}
		User member = this.accounts.get(event.userId());
		User removedBy = this.accounts.get(event.removedBy());
		String subject = "You were removed from the workspace " + event.workspaceName();
		render("removed", subject, Map.of("removedBy", removedBy, "workspaceName", event.workspaceName()))
			.sendTo(member);
	}

	/**
	 * Renders a template's text and HTML parts with a stand-in for the recipient's name,
	 * which {@link Letter#sendTo} replaces for each recipient.
	 */
	private Letter render(String template, String subject, Map<String, Object> variables) {
		String standIn = "recipient-" + UUID.randomUUID();
		Context context = new Context(Locale.ENGLISH);
		context.setVariables(variables);
		context.setVariable("recipient", new Recipient(standIn));
		context.setVariable("subject", subject);
		context.setVariable("instanceLink", this.instance.link("/"));
		return new Letter(this.outbox, subject, standIn, this.templates.process("mail/text/" + template, context),
				this.templates.process("mail/" + template, context));
	}

	private String workspaceLink(long workspaceId) {
		return this.instance.link("/workspaces/" + workspaceId);
	}

	/**
	 * What the templates read of the recipient.
	 */
	record Recipient(String displayName) {

		public String getDisplayName() {
			return this.displayName;
		}

	}

	/**
	 * A rendered email whose recipient's name is still a stand-in; the HTML part gets the
	 * name escaped as Thymeleaf escapes text.
	 */
	private record Letter(Outbox outbox, String subject, String standIn, String text, String html) {

		void sendTo(User recipient) {
			this.outbox.enqueue(recipient.getEmail(), this.subject, textFor(recipient), htmlFor(recipient));
		}

		String textFor(User recipient) {
			return this.text.replace(this.standIn, recipient.getDisplayName());
		}

		String htmlFor(User recipient) {
			return this.html.replace(this.standIn, HtmlEscape.escapeHtml4Xml(recipient.getDisplayName()));
		}

	}

}
