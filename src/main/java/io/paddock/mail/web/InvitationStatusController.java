package io.paddock.mail.web;

import java.util.Locale;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.paddock.account.Actor;
import io.paddock.mail.InvitationDelivery;
import io.paddock.workspace.Member;
import io.paddock.workspace.WorkspaceService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Invitation emails panel of a workspace page, for owners and admins: whether each
 * member invited by email has been sent their email, and Resend invitation. The workspace
 * page loads it after showing itself; without JavaScript it is a page of its own.
 */
@Controller
@RequestMapping("/workspaces/{id}/invitation-emails")
class InvitationStatusController {

	private final InvitationDelivery delivery;

	private final WorkspaceService workspaces;

	private final MessageSource messages;

	InvitationStatusController(InvitationDelivery delivery, WorkspaceService workspaces, MessageSource messages) {
		this.delivery = delivery;
		this.workspaces = workspaces;
		this.messages = messages;
	}

	@GetMapping
	String show(Actor actor, @PathVariable long id, Model model) {
		addPanel(actor, id, model);
		return "invitations/show";
	}

	@HxRequest
	@GetMapping
	String panel(Actor actor, @PathVariable long id, Model model) {
		addPanel(actor, id, model);
		return "invitations/show :: panel";
	}

	@PostMapping("/resend")
	String resend(Actor actor, @PathVariable long id, @RequestParam UUID userId, RedirectAttributes redirect,
			Locale locale) {
		redirect.addFlashAttribute("invitationNotice", resent(this.delivery.resend(actor, id, userId), locale));
		return "redirect:/workspaces/" + id + "/invitation-emails";
	}

	@HxRequest
	@PostMapping("/resend")
	String resendInPlace(Actor actor, @PathVariable long id, @RequestParam UUID userId, Model model, Locale locale) {
		model.addAttribute("invitationNotice", resent(this.delivery.resend(actor, id, userId), locale));
		addPanel(actor, id, model);
		return "invitations/show :: panel";
	}

	private void addPanel(Actor actor, long id, Model model) {
		model.addAttribute("workspace", this.workspaces.get(actor, id));
		model.addAttribute("invited", this.delivery.of(actor, id));
	}

	private String resent(Member member, Locale locale) {
		return this.messages.getMessage("invitations.resent", new Object[] { member.email() }, locale);
	}

}
