package io.paddock.api;

import io.paddock.account.User;
import io.paddock.pages.LoginPage;
import io.paddock.pages.Wait;
import io.paddock.support.BrowserTest;
import io.paddock.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTokensBrowserIT extends BrowserTest {

	@Test
	void createATokenSeeItOnceUseItThenRevokeIt() throws Exception {
		User steve = this.users.user("Steve");
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		this.browser.findElement(By.linkText("API Tokens")).click();

		this.browser.findElement(By.id("token-name")).sendKeys("laptop");
		this.browser.findElement(By.xpath("//button[normalize-space()='Create token']")).click();
		String token = Wait.until(this.browser, (driver) -> driver.findElement(By.id("new-token")).getText());
		assertThat(token).startsWith("pdk_");
		assertAccessible();
		assertThat(new ApiClient(baseUrl(), token).get("/api/v1/current-workspace").status()).isEqualTo(200);

		this.browser.navigate().refresh();
		assertThat(this.browser.findElements(By.id("new-token"))).isEmpty();
		assertThat(this.browser.findElement(By.id("tokens")).getText()).contains("laptop").doesNotContain("Never");

		this.browser.findElement(By.cssSelector("button[aria-label='Revoke laptop']")).click();
		Wait.until(this.browser, (driver) -> driver.findElement(By.id("tokens")).getText().contains("Revoked"));
		assertThat(new ApiClient(baseUrl(), token).get("/api/v1/current-workspace").status()).isEqualTo(401);
	}

	@Test
	void tokenWithoutNameThenMessageBesideTheBox() {
		User steve = this.users.user("Steve");
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		this.browser.get(baseUrl() + "/tokens");

		this.browser.findElement(By.xpath("//button[normalize-space()='Create token']")).click();

		String error = Wait.until(this.browser,
				(driver) -> driver.findElement(By.cssSelector(".field-error")).getText());
		assertThat(error).contains("name");
		assertAccessible();
	}

	@Test
	void apiDescriptionIsLinkedAndDescribesTheOperations() throws Exception {
		User steve = this.users.user("Steve");
		LoginPage.open(this.browser, baseUrl()).signInAs(steve.getEmail(), TestUsers.PASSWORD);
		this.browser.get(baseUrl() + "/tokens");

		this.browser.findElement(By.linkText("API description")).click();

		Wait.until(this.browser, (driver) -> driver.getCurrentUrl().contains("swagger-ui"));
		Wait.until(this.browser, (driver) -> driver.getPageSource().contains("current-workspace"));
		screenshot("api-docs");
		String document = new ApiClient(baseUrl(), null).get("/v3/api-docs").json().toString();
		assertThat(document).contains("/api/v1/workspaces/by-name/{name}", "/api/v1/current-workspace",
				"/api/v1/workspaces/{id}/owners", "create_if_not_exist");
	}

}
