package io.paddock.workspace.web;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxRequest;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HxTrigger;
import io.paddock.account.Actor;
import io.paddock.shared.Paging;
import io.paddock.workspace.InvalidWorkspaceNameException;
import io.paddock.workspace.ListPosition;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceDirectory;
import io.paddock.workspace.WorkspaceListing;
import io.paddock.workspace.WorkspaceNameTakenException;
import io.paddock.workspace.WorkspaceService;

import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * View Workspaces: the searchable, paged list of visible workspaces, and Create
 * Workspace.
 */
@Controller
@RequestMapping("/workspaces")
class WorkspacesController {

	static final int PAGE_SIZE = 20;

	/**
	 * The htmx event that refreshes the navigation panel's list of workspaces.
	 */
	static final String WORKSPACES_CHANGED = "workspaces-changed";

	private final WorkspaceService workspaces;

	private final WorkspaceDirectory directory;

	WorkspacesController(WorkspaceService workspaces, WorkspaceDirectory directory) {
		this.workspaces = workspaces;
		this.directory = directory;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before, Model model) {
		model.addAttribute("form", CreateWorkspaceForm.empty());
		addListing(actor, q, page, new ListPosition(after, before), model);
		return "workspaces/list";
	}

	@HxRequest
	@GetMapping
	String listRows(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) String after, @RequestParam(required = false) String before, Model model) {
		addListing(actor, q, page, new ListPosition(after, before), model);
		return "workspaces/list :: listing";
	}

	@PostMapping
	String create(Actor actor, @ModelAttribute("form") CreateWorkspaceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Workspace created = tryCreate(actor, form, result);
		if (created == null) {
			addListing(actor, "", 0, ListPosition.NONE, model);
			return "workspaces/list";
		}
		redirect.addFlashAttribute("created", created.getName());
		redirect.addFlashAttribute("createdRow", this.directory.get(actor, created));
		return "redirect:/workspaces";
	}

	/**
	 * Creates in place: the form comes back (with its error, or empty) and, on success,
	 * the first page of the list as currently searched, out of band, with the new row
	 * marked and kept at the top when its name sorts onto a later page.
	 */
	@HxRequest
	@HxTrigger(WORKSPACES_CHANGED)
	@PostMapping
	String createInPlace(Actor actor, @ModelAttribute("form") CreateWorkspaceForm form, BindingResult result,
			@RequestParam(defaultValue = "") String q, Model model) {
		Workspace created = tryCreate(actor, form, result);
		if (created == null) {
			return "workspaces/list :: create-form";
		}
		model.addAttribute("form", CreateWorkspaceForm.empty());
		model.addAttribute("created", created.getName());
		model.addAttribute("createdRow", this.directory.get(actor, created));
		model.addAttribute("outOfBand", true);
		addListing(actor, q, 0, ListPosition.NONE, model);
		return "workspaces/list :: created";
	}

	private Workspace tryCreate(Actor actor, CreateWorkspaceForm form, BindingResult result) {
		try {
			return this.workspaces.create(actor, form.name());
		}
		catch (InvalidWorkspaceNameException | WorkspaceNameTakenException ex) {
			result.rejectValue("name", ex.getClass().getSimpleName(), ex.getMessage());
			return null;
		}
	}

	/**
	 * The page asked for, and where its pager's links lead: the admin's whole list is
	 * paged by name, so Next and Previous say the name their page starts after or ends
	 * before (the first page needs none).
	 */
	private void addListing(Actor actor, String query, int page, ListPosition position, Model model) {
		Slice<WorkspaceListing> listing = Paging.within(Paging.of(page, PAGE_SIZE, Sort.by("nameKey")),
				(request) -> this.directory.browse(actor, query, request,
						(request.getPageNumber() == page) ? position : ListPosition.NONE));
		model.addAttribute("q", query);
		model.addAttribute("listing", listing);
		if (WorkspaceDirectory.pagedByName(actor, query) && listing.hasContent()) {
			List<WorkspaceListing> rows = listing.getContent();
			model.addAttribute("nextAfter", rows.get(rows.size() - 1).name());
			model.addAttribute("previousBefore", (listing.getNumber() > 1) ? rows.get(0).name() : null);
		}
		model.addAttribute("currentId", this.workspaces.current(actor).getId());
		if (model.getAttribute("createdRow") instanceof WorkspaceListing created) {
			model.addAttribute("createdOnPage", listing.stream().anyMatch((row) -> row.id() == created.id()));
		}
	}

}
