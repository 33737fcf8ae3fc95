package io.paddock.workspace.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.shared.ActionResult;
import io.paddock.workspace.Member;
import io.paddock.workspace.MembershipException;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceAccess.Action;
import io.paddock.workspace.WorkspaceService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invite Users: pick instance users who are not yet members, optionally as co-owners, and
 * Send Invitations. A dialog on the workspace page with htmx, a page of its own without.
 */
@Controller
@RequestMapping("/workspaces/{id}/invitations")
class InvitationsController {

	static final int CANDIDATES = 50;

	private final WorkspaceService workspaces;

	private final MembershipService memberships;

	private final AccountService accounts;

	private final MemberSection memberSection;

	private final MessageSource messages;

	InvitationsController(WorkspaceService workspaces, MembershipService memberships, AccountService accounts,
			MemberSection memberSection, MessageSource messages) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.accounts = accounts;
		this.memberSection = memberSection;
		this.messages = messages;
	}

	@GetMapping
	String show(Actor actor, @PathVariable long id, @ModelAttribute("form") InvitationForm form, Model model) {
		addCandidates(actor, id, form, model);
		return "workspaces/invite";
	}

	@HxRequest
	@GetMapping
	String showDialog(Actor actor, @PathVariable long id, @ModelAttribute("form") InvitationForm form, Model model) {
		addCandidates(actor, id, form, model);
		return "workspaces/invite :: dialog";
	}

	@HxRequest
	@GetMapping("/candidates")
	String candidates(Actor actor, @PathVariable long id, @ModelAttribute("form") InvitationForm form, Model model) {
		addCandidates(actor, id, form, model);
		return "workspaces/invite :: candidates";
	}

	@PostMapping
	String send(Actor actor, @PathVariable long id, @ModelAttribute("form") InvitationForm form, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (form.hasOwnersNotSelected()) {
			return refuseOwnersNotSelected(actor, id, form, model, locale, "workspaces/invite");
		}
		ActionResult sent = send(actor, id, form, locale);
		if (sent.succeeded()) {
			sent.flash(redirect, "members");
			return "redirect:/workspaces/" + id;
		}
		sent.addTo(model, "");
		addCandidates(actor, id, form, model);
		return "workspaces/invite";
	}

	@HxRequest
	@PostMapping
	String sendInPlace(Actor actor, @PathVariable long id, @ModelAttribute("form") InvitationForm form, Model model,
			HttpServletResponse response, Locale locale) {
		if (form.hasOwnersNotSelected()) {
			return refuseOwnersNotSelected(actor, id, form, model, locale, "workspaces/invite :: dialog");
		}
		ActionResult sent = send(actor, id, form, locale);
		if (sent.succeeded()) {
			response.setHeader("HX-Trigger", "close-dialog");
			this.memberSection.addTo(model, actor, this.workspaces.get(actor, id));
			sent.addTo(model, "members");
			model.addAttribute("outOfBand", true);
			return "workspaces/show :: members-section";
		}
		sent.addTo(model, "");
		addCandidates(actor, id, form, model);
		return "workspaces/invite :: dialog";
	}

	/**
	 * Add as Co-Owner? ticked for a user who is not selected would silently invite
	 * nobody: the dialog comes back with a message instead.
	 */
	private String refuseOwnersNotSelected(Actor actor, long id, InvitationForm form, Model model, Locale locale,
			String view) {
		model.addAttribute("problem", this.messages.getMessage("invite.ownersNotSelected", null, locale));
		addCandidates(actor, id, form, model);
		return view;
	}

	private void addCandidates(Actor actor, long id, InvitationForm form, Model model) {
		Workspace workspace = this.workspaces.require(actor, id, Action.INVITE);
		Set<UUID> memberIds = this.workspaces.members(actor, id)
			.stream()
			.map(Member::userId)
			.collect(Collectors.toSet());
		List<User> candidates = new ArrayList<>();
		this.accounts.findAll(form.userIds())
			.values()
			.stream()
			.filter((user) -> !memberIds.contains(user.getId()) && user.isEnabled())
			.forEach(candidates::add);
		Set<UUID> excluded = new HashSet<>(memberIds);
		candidates.forEach((user) -> excluded.add(user.getId()));
		candidates.addAll(this.accounts.searchEnabled(form.q(), excluded, CANDIDATES));
		model.addAttribute("workspace", workspace);
		model.addAttribute("candidates", candidates);
	}

	private ActionResult send(Actor actor, long id, InvitationForm form, Locale locale) {
		return ActionResult.of(MembershipException.class, () -> {
			List<Member> invited = this.memberships.invite(actor, id, form.invitations());
			String emails = invited.stream().map(Member::email).collect(Collectors.joining(", "));
			return this.messages.getMessage("invite.done", new Object[] { emails }, locale);
		});
	}

}
