package io.paddock.workspace.web;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxTrigger;
import io.paddock.account.Actor;
import io.paddock.shared.Notice;
import io.paddock.shared.Notices;
import io.paddock.workspace.Member;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceArchiveException;
import io.paddock.workspace.WorkspaceContents;
import io.paddock.workspace.WorkspaceService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page of one workspace (by default the current one), and switching the current
 * workspace from the navigation panel.
 */
@Controller
class WorkspaceController {

	/**
	 * How many models and pipelines the page lists; all of them are on their own pages.
	 */
	private static final int PREVIEW_SIZE = 10;

	private final WorkspaceService workspaces;

	private final WorkspaceContents contents;

	private final Navigation navigation;

	private final MemberSection memberSection;

	private final Notices notices;

	WorkspaceController(WorkspaceService workspaces, WorkspaceContents contents, Navigation navigation,
			MemberSection memberSection, Notices notices) {
		this.workspaces = workspaces;
		this.contents = contents;
		this.navigation = navigation;
		this.memberSection = memberSection;
		this.notices = notices;
	}

	@GetMapping("/")
	String current(Actor actor, Model model) {
		return show(actor, this.workspaces.current(actor), model);
	}

	@GetMapping("/workspaces/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		return show(actor, this.workspaces.get(actor, id), model);
	}

	/**
	 * The link of invitation emails sent before they linked to the workspace page: shows
	 * the workspace and changes nothing (Set as current workspace is one click there).
	 */
	@GetMapping("/workspaces/{id}/open")
	String open(Actor actor, @PathVariable long id) {
		this.workspaces.requireVisible(actor, id);
		return "redirect:/workspaces/" + id;
	}

	@PostMapping("/workspaces/{id}/archived")
	String setArchived(Actor actor, @PathVariable long id, @RequestParam boolean archived,
			RedirectAttributes redirect) {
		this.notices.run(WorkspaceArchiveException.class, () -> {
			Workspace workspace = this.workspaces.setArchived(actor, id, archived);
			return new Notice(archived ? "workspace.archive.done" : "workspace.unarchive.done", workspace.getName());
		}).flash(redirect, "");
		return "redirect:/workspaces/" + id;
	}

	@PostMapping("/workspaces/current")
	String switchTo(Actor actor, @RequestParam long id) {
		this.workspaces.switchTo(actor, id);
		return "redirect:/";
	}

	@HxRequest
	@HxTrigger("workspace-switched")
	@PostMapping("/workspaces/current")
	String switchInPlace(Actor actor, @RequestParam long id, Model model) {
		this.workspaces.switchTo(actor, id);
		model.addAttribute("navigation", this.navigation.of(actor, ""));
		return "fragments/navigation :: panel";
	}

	@HxRequest
	@GetMapping("/workspaces/switcher")
	String switcherItems(Actor actor, @RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("navigation", this.navigation.of(actor, q));
		return "fragments/navigation :: items";
	}

	private String show(Actor actor, Workspace workspace, Model model) {
		List<Member> members = this.memberSection.addTo(model, actor, workspace);
		model.addAttribute("isCurrent", workspace.getId().equals(this.workspaces.current(actor).getId()));
		model.addAttribute("creator", this.workspaces.creatorOf(workspace, members));
		model.addAttribute("contents", this.contents.previewOf(workspace.getId(), PREVIEW_SIZE));
		return "workspaces/show";
	}

}
