package io.paddock.api;

import java.util.List;

import io.paddock.workspace.WorkspaceListing;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of list_workspaces: its rows, where it lies, how many there are in all, and
 * the link to the next page.
 */
@Schema(description = "One page of the workspaces the caller can see, sorted by name")
record WorkspacePageJson(@Schema(description = "The workspaces on this page") List<WorkspaceListItemJson> workspaces,
		@Schema(description = "The number of this page, from 0; a page past the end answers the last page",
				example = "0") int page,
		@Schema(description = "The most workspaces a page holds", example = "50") int size,
		@Schema(description = "How many workspaces match, on all pages", example = "1234") long total,
		@Schema(description = "The path of the next page with the same size and search; null on the last page",
				example = "/api/v1/workspaces?page=1&size=50", nullable = true) String next) {

	static WorkspacePageJson of(Page<WorkspaceListing> page, String query) {
		String next = page.hasNext() ? link(page.getNumber() + 1, page.getSize(), query) : null;
		return new WorkspacePageJson(page.map(WorkspaceListItemJson::of).getContent(), page.getNumber(), page.getSize(),
				page.getTotalElements(), next);
	}

	private static String link(int page, int size, String query) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/api/v1/workspaces")
			.queryParam("page", page)
			.queryParam("size", size);
		if (!query.isEmpty()) {
			link.queryParam("q", "{q}");
		}
		return link.encode().buildAndExpand(query).toUriString();
	}

}
