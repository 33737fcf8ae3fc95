package io.paddock.mail;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.Wait;
import io.paddock.pages.WorkspacePage;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import io.paddock.workspace.Invitation;
import io.paddock.workspace.MembershipService;
import io.paddock.workspace.Workspace;
import io.paddock.workspace.WorkspaceService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Emails travel through a real SMTP server (GreenMail); the invitation's link opens the
 * workspace in a real browser.
 */
class InvitationMailIT extends BrowserTest {

	static final String PUBLIC_URL = "http://localhost:8080";

	@Autowired
	WorkspaceService workspaces;

	@Autowired
	MembershipService memberships;

	@Test
	void inviteThenEmailWithLinksFromPublicUrlThatOpensTheWorkspaceAfterLoginAndOneClickMakesItCurrent()
			throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));

		this.memberships.invite(steve.toActor(), imdb.getId(), List.of(new Invitation(john.getId(), true)));

		MimeMessage mail = awaitMail(john.getEmail());
		assertThat(mail.getSubject()).isEqualTo("Steve invited you to the workspace " + imdb.getName());
		assertThat(mail.getFrom()[0].toString()).contains("paddock@localhost");
		String text = part(mail, "text/plain");
		String html = part(mail, "text/html");
		String workspaceLink = PUBLIC_URL + "/workspaces/" + imdb.getId();
		assertThat(text).contains("Steve (" + steve.getEmail() + ") invited you to the workspace " + imdb.getName())
			.contains("as a co-owner")
			.contains("Open the workspace: " + workspaceLink)
			.contains("Paddock: " + PUBLIC_URL + "/");
		assertThat(html).contains("href=\"" + workspaceLink + "\"").contains("href=\"" + PUBLIC_URL + "/\"");

		this.browser.get(workspaceLink.replace(PUBLIC_URL, baseUrl()));
		WorkspacePage opened = LoginPage.expectAt(this.browser, baseUrl())
			.signInAs(john.getEmail(), TestUsers.PASSWORD);

		assertThat(opened.name()).isEqualTo(imdb.getName());
		assertThat(opened.switcher().currentLabel()).isEqualTo("My Workspace");
		assertThat(opened.makeCurrent().switcher().currentLabel()).isEqualTo(imdb.getName());
	}

	@Test
	void adminReadsTheInvitationInTheOutbox() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace imdb = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("imdb-workspace"));
		this.memberships.invite(steve.toActor(), imdb.getId(), List.of(new Invitation(john.getId(), false)));
		awaitMail(john.getEmail());
		LoginPage.open(this.browser, baseUrl()).signInAs(TestUsers.ADMIN_EMAIL, TestUsers.PASSWORD);

		this.browser.get(baseUrl() + "/outbox");
		Wait.until(this.browser, (driver) -> driver.findElement(By.id("outbox")).getText().contains(john.getEmail()));
		assertAccessible();
		this.browser.findElement(By.linkText("Steve invited you to the workspace " + imdb.getName())).click();

		WebElement preview = Wait.until(this.browser, (driver) -> driver.findElement(By.id("email-preview")));
		this.browser.switchTo().frame(preview);
		String body = Wait.until(this.browser,
				(driver) -> driver.findElement(By.tagName("body")).getText().contains("invited you")
						? driver.findElement(By.tagName("body")).getText() : null);
		assertThat(body).contains("invited you to the workspace " + imdb.getName());
		assertThat(this.browser.findElement(By.linkText("Open the workspace")).getDomAttribute("href"))
			.isEqualTo(PUBLIC_URL + "/workspaces/" + imdb.getId());
		assertThat(this.browser.findElement(By.tagName("body")).getCssValue("background-color"))
			.isEqualTo("rgba(244, 246, 249, 1)");
		this.browser.switchTo().defaultContent();
		assertAccessible();
	}

	@Test
	void roleChangeAndRemovalAreMailedToTheMember() throws Exception {
		User steve = this.users.user("Steve");
		User john = this.users.user("John");
		Workspace aloha = this.workspaces.create(steve.toActor(), TestUsers.uniqueName("aloha-workspace"));
		this.memberships.addUser(steve.toActor(), aloha.getId(), john.getEmail());
		awaitMail(john.getEmail());

		this.memberships.promote(steve.toActor(), aloha.getId(), john.getId());
		assertThat(awaitMails(john.getEmail(), 2).get(1).getSubject())
			.isEqualTo("You are now an owner of " + aloha.getName());

		this.memberships.remove(steve.toActor(), aloha.getId(), john.getId());
		MimeMessage removal = awaitMails(john.getEmail(), 3).get(2);
		assertThat(removal.getSubject()).isEqualTo("You were removed from the workspace " + aloha.getName());
		assertThat(part(removal, "text/plain")).contains("Steve (" + steve.getEmail() + ") removed you");
	}

	static MimeMessage awaitMail(String recipient) throws Exception {
		return awaitMails(recipient, 1).get(0);
	}

	/**
	 * The messages the shared SMTP server received for one recipient, oldest first, once
	 * there are at least {@code count}.
	 */
	static List<MimeMessage> awaitMails(String recipient, int count) throws Exception {
		return await().alias("emails to " + recipient)
			.atMost(Duration.ofSeconds(15))
			.until(() -> Arrays.stream(mailServer.getReceivedMessages())
				.filter((message) -> addressedTo(message, recipient))
				.toList(), (received) -> received.size() >= count);
	}

	static boolean addressedTo(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String part(MimeMessage message, String type) throws Exception {
		return findPart((MimeMultipart) message.getContent(), type);
	}

	private static String findPart(MimeMultipart multipart, String type) throws Exception {
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if (part.getContent() instanceof MimeMultipart nested) {
				String found = findPart(nested, type);
				if (found != null) {
					return found;
				}
			}
			else if (part.isMimeType(type)) {
				return (String) part.getContent();
			}
		}
		return null;
	}

}
