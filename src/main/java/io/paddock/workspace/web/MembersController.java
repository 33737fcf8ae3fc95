package io.paddock.workspace.web;

import java.util.Locale;
import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxTrigger;
import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.shared.ActionResult;
import io.paddock.workspace.Member;
import io.paddock.workspace.MembershipException;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Role;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceAccess.Action;
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
 * The ... menu of each member (Promote to Owner, Demote to Collaborator, Remove from
 * Workspace) and leaving a workspace. Each action updates the Collaborators section in
 * place with htmx, or redirects back to the workspace page without JavaScript.
 */
@Controller
@RequestMapping("/workspaces/{id}")
class MembersController {

	private static final String MEMBERS = "members";

	private final WorkspaceService workspaces;

	private final MembershipService memberships;

	private final AccountService accounts;

	private final MemberSection memberSection;

	private final MessageSource messages;

	MembersController(WorkspaceService workspaces, MembershipService memberships, AccountService accounts,
			MemberSection memberSection, MessageSource messages) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.accounts = accounts;
		this.memberSection = memberSection;
		this.messages = messages;
	}

	@PostMapping("/members/{userId}/role")
	String changeRole(Actor actor, @PathVariable long id, @PathVariable UUID userId, @RequestParam Role role,
			RedirectAttributes redirect, Locale locale) {
		changeRole(actor, id, userId, role, locale).flash(redirect, MEMBERS);
		return "redirect:/workspaces/" + id;
	}

	@HxRequest
	@PostMapping("/members/{userId}/role")
	String changeRoleInPlace(Actor actor, @PathVariable long id, @PathVariable UUID userId, @RequestParam Role role,
			Model model, Locale locale) {
		changeRole(actor, id, userId, role, locale).addTo(model, MEMBERS);
		this.memberSection.addTo(model, actor, this.workspaces.get(actor, id));
		return "workspaces/show :: members-section";
	}

	@GetMapping("/members/{userId}/removal")
	String confirmRemoval(Actor actor, @PathVariable long id, @PathVariable UUID userId, Model model, Locale locale) {
		addRemoval(actor, id, userId, model, locale);
		return "workspaces/confirm";
	}

	@HxRequest
	@GetMapping("/members/{userId}/removal")
	String confirmRemovalDialog(Actor actor, @PathVariable long id, @PathVariable UUID userId, Model model,
			Locale locale) {
		addRemoval(actor, id, userId, model, locale);
		return "workspaces/confirm :: dialog";
	}

	@PostMapping("/members/{userId}/removal")
	String remove(Actor actor, @PathVariable long id, @PathVariable UUID userId, RedirectAttributes redirect,
			Locale locale) {
		remove(actor, id, userId, locale).flash(redirect, MEMBERS);
		return "redirect:/workspaces/" + id;
	}

	@HxRequest
	@HxTrigger("close-dialog")
	@PostMapping("/members/{userId}/removal")
	String removeInPlace(Actor actor, @PathVariable long id, @PathVariable UUID userId, Model model, Locale locale) {
		remove(actor, id, userId, locale).addTo(model, MEMBERS);
		this.memberSection.addTo(model, actor, this.workspaces.get(actor, id));
		model.addAttribute("outOfBand", true);
		return "workspaces/show :: members-section";
	}

	@GetMapping("/leave")
	String confirmLeave(Actor actor, @PathVariable long id, Model model, Locale locale) {
		addLeave(actor, id, model, locale);
		return "workspaces/confirm";
	}

	@HxRequest
	@GetMapping("/leave")
	String confirmLeaveDialog(Actor actor, @PathVariable long id, Model model, Locale locale) {
		addLeave(actor, id, model, locale);
		return "workspaces/confirm :: dialog";
	}

	@PostMapping("/leave")
	String leave(Actor actor, @PathVariable long id, RedirectAttributes redirect, Locale locale) {
		Workspace workspace = this.workspaces.get(actor, id);
		ActionResult left = ActionResult.of(MembershipException.class, () -> {
			this.memberships.leave(actor, id);
			return text("members.leave.done", locale, workspace.getName());
		});
		left.flash(redirect, left.succeeded() ? "" : MEMBERS);
		return left.succeeded() ? "redirect:/" : "redirect:/workspaces/" + id;
	}

	private void addRemoval(Actor actor, long id, UUID userId, Model model, Locale locale) {
		Workspace workspace = this.workspaces.require(actor, id, Action.REMOVE);
		User user = this.accounts.get(userId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("title", text("members.remove.title", locale, user.getDisplayName()));
		model.addAttribute("question",
				text("members.remove.question", locale, user.getDisplayName(), user.getEmail(), workspace.getName()));
		model.addAttribute("action", "/workspaces/" + id + "/members/" + userId + "/removal");
		model.addAttribute("confirmLabel", text("members.remove", locale));
		model.addAttribute("inPlace", true);
	}

	private void addLeave(Actor actor, long id, Model model, Locale locale) {
		Workspace workspace = this.workspaces.get(actor, id);
		model.addAttribute("workspace", workspace);
		model.addAttribute("title", text("members.leave.title", locale, workspace.getName()));
		model.addAttribute("question", text("members.leave.question", locale));
		model.addAttribute("action", "/workspaces/" + id + "/leave");
		model.addAttribute("confirmLabel", text("members.leave", locale));
		model.addAttribute("inPlace", false);
	}

	private ActionResult changeRole(Actor actor, long id, UUID userId, Role role, Locale locale) {
		return ActionResult.of(MembershipException.class, () -> {
			Member member = this.memberships.changeRole(actor, id, userId, role);
			return text(member.isOwner() ? "members.promote.done" : "members.demote.done", locale, member.email());
		});
	}

	private ActionResult remove(Actor actor, long id, UUID userId, Locale locale) {
		return ActionResult.of(MembershipException.class,
				() -> text("members.remove.done", locale, this.memberships.remove(actor, id, userId).email()));
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
