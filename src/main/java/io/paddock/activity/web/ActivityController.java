package io.paddock.activity.web;

import java.util.Arrays;

import io.paddock.account.Actor;
import io.paddock.activity.ActivityAction;
import io.paddock.activity.ActivityFilter;
import io.paddock.activity.ActivityLog;
import io.paddock.workspace.WorkspaceService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A workspace's Activity page, for its members, and the instance's, for admins: newest
 * first, filtered by action and by person (an email), paged by "Older".
 */
@Controller
class ActivityController {

	private final ActivityLog activity;

	private final WorkspaceService workspaces;

	ActivityController(ActivityLog activity, WorkspaceService workspaces) {
		this.activity = activity;
		this.workspaces = workspaces;
	}

	@GetMapping("/workspaces/{id}/activity")
	String workspace(Actor actor, @PathVariable long id, @RequestParam(required = false) ActivityAction action,
			@RequestParam(defaultValue = "") String person, @RequestParam(required = false) Long before, Model model) {
		model.addAttribute("workspace", this.workspaces.get(actor, id));
		model.addAttribute("members", this.workspaces.members(actor, id));
		return show(actor, id, action, person, before, model);
	}

	@GetMapping("/activity")
	String instance(Actor actor, @RequestParam(required = false) ActivityAction action,
			@RequestParam(defaultValue = "") String person, @RequestParam(required = false) Long before, Model model) {
		return show(actor, null, action, person, before, model);
	}

	private String show(Actor actor, Long workspaceId, ActivityAction action, String person, Long before, Model model) {
		ActivityFilter filter = this.activity.filter(action, person);
		model.addAttribute("actions", Arrays.asList(ActivityAction.values()));
		model.addAttribute("action", action);
		model.addAttribute("person", person.strip());
		model.addAttribute("before", before);
		model.addAttribute("unknownPerson", filter.unknownPerson());
		model.addAttribute("page",
				(workspaceId != null)
						? this.activity.ofWorkspace(actor, workspaceId, filter, before, ActivityLog.DEFAULT_PAGE_SIZE)
						: this.activity.ofInstance(actor, filter, before, ActivityLog.DEFAULT_PAGE_SIZE));
		return "activity/list";
	}

}
