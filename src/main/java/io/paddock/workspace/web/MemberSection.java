package io.paddock.workspace.web;

import java.util.List;

import io.paddock.account.Actor;
import io.paddock.workspace.Member;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of the Collaborators section, shown on the workspace page and swapped
 * in place after each membership change.
 */
@Component
class MemberSection {

	private final WorkspaceService workspaces;

	MemberSection(WorkspaceService workspaces) {
		this.workspaces = workspaces;
	}

	/**
	 * Adds the section's attributes and returns the members, read after any change this
	 * request made.
	 */
	List<Member> addTo(Model model, Actor actor, Workspace workspace) {
		List<Member> members = this.workspaces.members(actor, workspace.getId());
		model.addAttribute("workspace", workspace);
		model.addAttribute("members", members);
		model.addAttribute("ownerCount", members.stream().filter(Member::isOwner).count());
		model.addAttribute("allowed", this.workspaces.access(actor, workspace, members).allowedActions());
		return members;
	}

}
