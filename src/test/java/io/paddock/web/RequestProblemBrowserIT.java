package io.paddock.web;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.Wait;
import io.paddock.pages.WorkspacePage;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An htmx request whose answer cannot be shown in place still tells the user that it
 * failed, instead of leaving the page unchanged.
 */
class RequestProblemBrowserIT extends BrowserTest {

	@Test
	void htmxRequestAnsweredWithBadRequestThenMessageUntilDismissed() {
		User steve = this.users.user("Steve");
		WorkspacePage home = LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		String before = home.name();
		WebElement problem = this.browser.findElement(By.id("request-problem"));
		assertThat(problem.isDisplayed()).isFalse();

		((JavascriptExecutor) this.browser)
			.executeScript("htmx.ajax('GET', '/workspaces/not-a-number', {target: '#main', swap: 'innerHTML'});");

		Wait.until(this.browser, (driver) -> problem.isDisplayed());
		assertThat(problem.getText()).contains("the server answered 400").contains("Reload the page");
		assertThat(home.name()).isEqualTo(before);
		assertAccessible();
		screenshot("request-problem");
		problem.findElement(By.tagName("button")).click();
		assertThat(problem.isDisplayed()).isFalse();
	}

}
