package io.paddock.mail;

import java.util.List;

import io.paddock.account.User;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import io.paddock.workspace.Invitation;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Outbox shows an email as it was sent, in a frame whose document has its own policy
 * (the email's inline styles, nothing else), while the dashboard's policy stays as it is.
 */
class OutboxPreviewIT extends WebTest {

	private static final String DASHBOARD_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; "
			+ "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void previewWhenAdminThenTheEmailAsSentUnderItsOwnPolicyAndThePageKeepsTheDashboards() throws Exception {
		long id = invitationId();
		User admin = this.users.admin("Admin");

		this.mvc.perform(get("/outbox/{id}/preview", id).with(signedInAs(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andExpect(header().string("Content-Security-Policy", PREVIEW_POLICY))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(content().string(containsString("<head><base target=\"_top\">")))
			.andExpect(content().string(containsString("<body style=\"margin:0;padding:24px;")));
		this.mvc.perform(get("/outbox/{id}", id).with(signedInAs(admin)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", DASHBOARD_POLICY))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(content().string(containsString("src=\"/outbox/" + id + "/preview\"")))
			.andExpect(content().string(containsString(
					"sandbox=\"allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation\"")));
		this.mvc.perform(get("/").with(signedInAs(admin)))
			.andExpect(header().string("Content-Security-Policy", DASHBOARD_POLICY));
	}

	@Test
	void previewWhenNotAdminThenRefused() throws Exception {
		long id = invitationId();

		this.mvc.perform(get("/outbox/{id}/preview", id).with(signedInAs(this.users.user("Steve"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/outbox/{id}/preview", id)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/outbox/{id}/preview", Long.MAX_VALUE).with(signedInAs(this.users.admin("Admin"))))
			.andExpect(status().isNotFound());
	}

	private long invitationId() {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace workspace = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("aloha"));
		this.memberships.invite(steve.toActor(), workspace.getId(), List.of(new Invitation(john.getId(), false)));
		return this.jdbc.queryForObject("select max(id) from outbox_messages where recipient = ?", Long.class,
				john.getEmail());
	}

}
