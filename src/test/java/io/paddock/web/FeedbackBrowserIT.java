package io.paddock.web;

import io.paddock.account.User;
import io.paddock.pages.InviteDialog;
import io.paddock.pages.LoginPage;
import io.paddock.pages.Wait;
import io.paddock.pages.WorkspacePage;
import io.paddock.pages.WorkspacesPage;
import io.paddock.support.BrowserTest;
import io.paddock.support.HeldRequests;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While an htmx action waits for its answer, as on a slow connection, its control is
 * disabled and busy; when the answer arrives, the page shows it and the control works
 * again. The server holds the answer until the test has looked.
 */
class FeedbackBrowserIT extends BrowserTest {

	@Autowired
	HeldRequests held;

	@Autowired
	WorkspaceService workspaces;

	@AfterEach
	void releaseHeldRequests() {
		this.held.release();
	}

	@Test
	void createWorkspaceIsDisabledAndBusyUntilTheAnswerArrives() throws InterruptedException {
		User steve = this.users.user("Steve");
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		WorkspacesPage list = WorkspacesPage.open(this.browser, baseUrl());
		String name = TestUsers.uniqueName("slow-network");
		this.browser.findElement(By.id("workspace-name")).sendKeys(name);
		this.held.hold("POST", "/workspaces");

		WebElement create = this.browser.findElement(By.xpath("//button[normalize-space()='Create Workspace']"));
		create.click();
		this.held.awaitArrival();

		Wait.until(this.browser, (driver) -> !create.isEnabled() && "true".equals(create.getDomAttribute("aria-busy")));
		assertAccessible();
		screenshot("create-pending");
		this.held.release();
		Wait.until(this.browser, (driver) -> list.names().contains(name));
		WebElement again = this.browser.findElement(By.xpath("//button[normalize-space()='Create Workspace']"));
		assertThat(again.isEnabled()).isTrue();
		assertThat(again.getDomAttribute("aria-busy")).isNull();
	}

	@Test
	void sendInvitationsIsDisabledAndBusyUntilTheAnswerArrives() throws InterruptedException {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		WorkspacePage page = WorkspacePage.open(this.browser, baseUrl(), imdb.getId());
		InviteDialog dialog = page.inviteUsers();
		dialog.search(john.getEmail());
		dialog.select(john.getEmail(), false);
		this.held.hold("POST", "/workspaces/" + imdb.getId() + "/invitations");

		WebElement send = this.browser.findElement(By.xpath("//button[normalize-space()='Send Invitations']"));
		send.click();
		this.held.awaitArrival();

		Wait.until(this.browser, (driver) -> !send.isEnabled() && "true".equals(send.getDomAttribute("aria-busy")));
		this.held.release();
		Wait.until(this.browser, (driver) -> !dialog.isOpen());
		assertThat(page.roleOf(john.getEmail())).isEqualTo("Collaborator");
	}

}
