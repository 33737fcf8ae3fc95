package io.paddock.workspace;

import java.util.List;
import java.util.UUID;

import io.paddock.account.User;
import io.paddock.support.BulkData;
import io.paddock.support.StatementCounter;
import io.paddock.support.TestUsers;
import io.paddock.support.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.paddock.support.CsrfCookie.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Send Invitations writes the memberships and the emails in batches: inviting 100 users
 * takes no more SQL statements than inviting 10.
 */
class InvitationStatementsIT extends WebTest {

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void inviting100UsersTakesAsManyStatementsAsInviting10() throws Exception {
		User owner = this.users.user("Owner");
		List<UUID> people = new BulkData(this.jdbc).users(TestUsers.uniqueName("invitee"), 110);

		long ten = statementsToInvite(owner, people.subList(0, 10));
		long hundred = statementsToInvite(owner, people.subList(10, 110));

		// Only fetching the next blocks of 50 outbox ids and 50 activity entry ids may
		// add
		// a statement or two each.
		assertThat(hundred).isBetween(ten - 4, ten + 4).isLessThanOrEqualTo(20);
	}

	private long statementsToInvite(User owner, List<UUID> invitees) throws Exception {
		Workspace workspace = this.workspaces.create(owner.toActor(), TestUsers.uniqueName("imdb-workspace"));
		MockHttpServletRequestBuilder request = post("/workspaces/" + workspace.getId() + "/invitations")
			.header("HX-Request", "true")
			.with(csrf())
			.with(signedInAs(owner));
		invitees.forEach((id) -> request.param("userIds", id.toString()));
		StatementCounter.reset();
		this.mvc.perform(request).andExpect(status().isOk());
		long statements = StatementCounter.count();
		assertThat(this.jdbc.queryForObject("select count(*) from memberships where workspace_id = ?", Long.class,
				workspace.getId()))
			.isEqualTo(invitees.size() + 1);
		return statements;
	}

}
