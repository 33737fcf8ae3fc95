package io.paddock.workspace.web;

import java.util.UUID;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxTrigger;
import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.User;
import io.paddock.workspace.Member;
import io.paddock.workspace.MembershipException;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Role;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;

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

	private final WorkspaceService workspaces;

	private final MembershipService memberships;

	private final AccountService accounts;

	private final MemberSection memberSection;

	MembersController(WorkspaceService workspaces, MembershipService memberships, AccountService accounts,
			MemberSection memberSection) {
		this.workspaces = workspaces;
		this.memberships = memberships;
		this.accounts = accounts;
		this.memberSection = memberSection;
	}

	@PostMapping("/members/{userId}/role")
	String changeRole(Actor actor, @PathVariable long id, @PathVariable UUID userId, @RequestParam Role role,
			RedirectAttributes redirect) {
		try {
			Member member = this.memberships.changeRole(actor, id, userId, role);
			redirect.addFlashAttribute("membersNotice", roleNotice(member));
		}
		catch (MembershipException ex) {
			redirect.addFlashAttribute("membersProblem", ex.getMessage());
		}
		return "redirect:/workspaces/" + id;
	}

	@HxRequest
	@PostMapping("/members/{userId}/role")
	String changeRoleInPlace(Actor actor, @PathVariable long id, @PathVariable UUID userId, @RequestParam Role role,
			Model model) {
		try {
			Member member = this.memberships.changeRole(actor, id, userId, role);
			model.addAttribute("membersNotice", roleNotice(member));
		}
		catch (MembershipException ex) {
			model.addAttribute("membersProblem", ex.getMessage());
		}
		this.memberSection.addTo(model, actor, this.workspaces.get(actor, id));
		return "workspaces/show :: members-section";
	}

	@GetMapping("/members/{userId}/removal")
	String confirmRemoval(Actor actor, @PathVariable long id, @PathVariable UUID userId, Model model) {
		addRemoval(actor, id, userId, model);
		return "workspaces/confirm";
	}

	@HxRequest
	@GetMapping("/members/{userId}/removal")
	String confirmRemovalDialog(Actor actor, @PathVariable long id, @PathVariable UUID userId, Model model) {
		addRemoval(actor, id, userId, model);
		return "workspaces/confirm :: dialog";
	}

	@PostMapping("/members/{userId}/removal")
	String remove(Actor actor, @PathVariable long id, @PathVariable UUID userId, RedirectAttributes redirect) {
		try {
			Member removed = this.memberships.remove(actor, id, userId);
			redirect.addFlashAttribute("membersNotice", removedNotice(removed));
		}
		catch (MembershipException ex) {
			redirect.addFlashAttribute("membersProblem", ex.getMessage());
		}
		return "redirect:/workspaces/" + id;
	}

	@HxRequest
	@HxTrigger("close-dialog")
	@PostMapping("/members/{userId}/removal")
	String removeInPlace(Actor actor, @PathVariable long id, @PathVariable UUID userId, Model model) {
		try {
			Member removed = this.memberships.remove(actor, id, userId);
			model.addAttribute("membersNotice", removedNotice(removed));
		}
		catch (MembershipException ex) {
			model.addAttribute("membersProblem", ex.getMessage());
		}
		this.memberSection.addTo(model, actor, this.workspaces.get(actor, id));
		model.addAttribute("outOfBand", true);
		return "workspaces/show :: members-section";
	}

	@GetMapping("/leave")
	String confirmLeave(Actor actor, @PathVariable long id, Model model) {
		addLeave(actor, id, model);
		return "workspaces/confirm";
	}

	@HxRequest
	@GetMapping("/leave")
	String confirmLeaveDialog(Actor actor, @PathVariable long id, Model model) {
		addLeave(actor, id, model);
		return "workspaces/confirm :: dialog";
	}

	@PostMapping("/leave")
	String leave(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		Workspace workspace = this.workspaces.get(actor, id);
		try {
			this.memberships.leave(actor, id);
		}
		catch (MembershipException ex) {
			redirect.addFlashAttribute("membersProblem", ex.getMessage());
			return "redirect:/workspaces/" + id;
		}
		redirect.addFlashAttribute("notice", "You left the workspace " + workspace.getName() + ".");
		return "redirect:/";
	}

	private void addRemoval(Actor actor, long id, UUID userId, Model model) {
		Workspace workspace = this.workspaces.requireManager(actor, id);
		User user = this.accounts.get(userId);
		model.addAttribute("workspace", workspace);
		model.addAttribute("title", "Remove " + user.getDisplayName() + "?");
		model.addAttribute("question", user.getDisplayName() + " (" + user.getEmail()
				+ ") will lose access to the workspace " + workspace.getName() + " and its models and pipelines.");
		model.addAttribute("action", "/workspaces/" + id + "/members/" + userId + "/removal");
		model.addAttribute("confirmLabel", "Remove from Workspace");
		model.addAttribute("inPlace", true);
	}

	private void addLeave(Actor actor, long id, Model model) {
		Workspace workspace = this.workspaces.get(actor, id);
		model.addAttribute("workspace", workspace);
		model.addAttribute("title", "Leave " + workspace.getName() + "?");
		model.addAttribute("question", "You will lose access to this workspace and its models and pipelines "
				+ "until an owner invites you again.");
		model.addAttribute("action", "/workspaces/" + id + "/leave");
		model.addAttribute("confirmLabel", "Leave workspace");
		model.addAttribute("inPlace", false);
	}

	private static String removedNotice(Member member) {
		return "Removed " + member.email() + " from the workspace.";
	}

	private static String roleNotice(Member member) {
		return member.email() + " is now " + (member.isOwner() ? "an owner." : "a collaborator.");
	}

}
