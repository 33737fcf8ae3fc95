package io.paddock.api;

import java.time.Instant;
import java.util.List;

import io.paddock.activity.ActivityAction;
import io.paddock.activity.ActivityItem;
import io.paddock.activity.ActivityPage;
import io.paddock.activity.ActivitySource;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a workspace's activity, newest first, and the link to the older entries.
 */
@Schema(description = "One page of a workspace's activity, newest first")
record ActivityPageJson(@Schema(description = "The entries on this page") List<Entry> entries, @Schema(
		description = "The path of the page with the older entries, same filters and size; null on the last page",
		example = "/api/v1/workspaces/6/activity?before=1234&size=50", nullable = true) String next) {

	static ActivityPageJson of(long workspaceId, ActivityPage page, ActivityAction action, String person, int size) {
		String next = null;
		if (page.next() != null) {
			UriComponentsBuilder link = UriComponentsBuilder.fromPath("/api/v1/workspaces/{id}/activity");
			if (action != null) {
				link.queryParam("action", action);
			}
			if (!person.isBlank()) {
				link.queryParam("person", "{person}");
			}
			next = link.queryParam("before", page.next())
				.queryParam("size", size)
				.encode()
				.buildAndExpand(workspaceId, person.strip())
				.toUriString();
		}
		return new ActivityPageJson(page.items().stream().map(Entry::of).toList(), next);
	}

	@Schema(description = "A change to the workspace, its members, models or pipelines")
	record Entry(
			@Schema(description = "Grows with time; pass it as before to read older entries", example = "1234") long id,
			@Schema(description = "When the change was made") Instant time,
			@Schema(description = "Who made it (email)", example = "steve@ex.co") String actor,
			@Schema(description = "What was done") ActivityAction action,
			@Schema(description = "To whom or what: a member's email, a model's or pipeline's name",
					example = "john@ex.co") String subject,
			@Schema(description = "More about the change", example = "as collaborator", nullable = true) String details,
			@Schema(description = "Where the change came from") ActivitySource source) {

		static Entry of(ActivityItem item) {
			return new Entry(item.id(), item.occurredAt(), item.actorEmail(), item.action(), item.subject(),
					item.details(), item.source());
		}

	}

}
