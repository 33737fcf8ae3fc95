package io.paddock.mail;

import java.util.Locale;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import io.paddock.account.PasswordLinkIssued;
import io.paddock.account.PasswordLinkPurpose;
import io.paddock.mail.MembershipMail.Recipient;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the emails with a user's activation or password reset link into the outbox,
 * inside the transaction that made the link.
 */
@Component
class AccountMail {

	private final Outbox outbox;

	private final TemplateEngine templates;

	private final InstanceProperties instance;

	AccountMail(Outbox outbox, TemplateEngine templates, InstanceProperties instance) {
		this.outbox = outbox;
		this.templates = templates;
		this.instance = instance;
	}

	@EventListener
	void linkIssued(PasswordLinkIssued issued) {
		boolean activation = issued.purpose() == PasswordLinkPurpose.ACTIVATION;
		String template = activation ? "activation" : "password-reset";
		String subject = activation ? "Your Paddock account is ready: set your password"
				: "Reset your Paddock password";
		String path = activation ? "/password/activation?token=" : "/password/reset?token=";
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("recipient", new Recipient(issued.displayName()));
		context.setVariable("email", issued.email());
		context.setVariable("subject", subject);
		context.setVariable("instanceLink", this.instance.link("/"));
		context.setVariable("link", this.instance.link(path + issued.token()));
		context.setVariable("validHours", issued.purpose().validFor().toHours());
		this.outbox.enqueue(issued.email(), subject, this.templates.process("mail/text/" + template, context),
				this.templates.process("mail/" + template, context));
	}

}
