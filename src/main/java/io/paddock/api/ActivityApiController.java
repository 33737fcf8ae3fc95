package io.paddock.api;

import io.paddock.account.Actor;
import io.paddock.activity.ActivityAction;
import io.paddock.activity.ActivityLog;
import io.swagger.v3.oas.annotations.Parameter;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A workspace's activity over HTTP, for whoever may see the workspace, as its Activity
 * page shows it.
 */
@RestController
@RequestMapping("/api/v1")
class ActivityApiController {

	private final ActivityLog activity;

	ActivityApiController(ActivityLog activity) {
		this.activity = activity;
	}

	/**
	 * The workspace's activity, newest first, paged by keyset: follow {@code next}.
	 */
	@GetMapping("/workspaces/{id}/activity")
	ActivityPageJson activity(Actor actor, @PathVariable long id,
			@Parameter(description = "Only entries of this action") @RequestParam(
					required = false) ActivityAction action,
			@Parameter(description = "Only changes made by the user with this email") @RequestParam(
					defaultValue = "") String person,
			@Parameter(description = "Only entries older than this id (the next link sets it)") @RequestParam(
					required = false) Long before,
			@Parameter(description = "The most entries a page holds, 1 to " + ActivityLog.MAX_PAGE_SIZE) @RequestParam(
					defaultValue = "" + ActivityLog.DEFAULT_PAGE_SIZE) int size) {
		return ActivityPageJson.of(id,
				this.activity.ofWorkspace(actor, id, this.activity.filter(action, person), before, size), action,
				person, size);
	}

}
