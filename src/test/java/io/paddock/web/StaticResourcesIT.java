package io.paddock.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.paddock.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stylesheet, scripts and the htmx webjar (under its versionless URL) are served over
 * real HTTP, and pages write their links as the templates say, without the resource chain
 * looking each link up.
 */
class StaticResourcesIT extends IntegrationTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	ApplicationContext context;

	@Test
	void htmxWebjarIsServedWithoutItsVersionInTheUrl() throws Exception {
		HttpResponse<String> htmx = get("/webjars/htmx.org/dist/htmx.min.js");

		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/javascript"));
		assertThat(htmx.body()).contains("htmx");
	}

	@Test
	void stylesheetAndScriptAreServed() throws Exception {
		HttpResponse<String> css = get("/css/paddock.css");
		HttpResponse<String> js = get("/js/paddock.js");

		assertThat(css.statusCode()).isEqualTo(200);
		assertThat(css.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/css"));
		assertThat(js.statusCode()).isEqualTo(200);
		assertThat(js.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/javascript"));
	}

	@Test
	void pagesLinkResourcesAsWrittenWithoutTheResourceChain() throws Exception {
		String login = get("/login").body();

		assertThat(login).contains("href=\"/css/paddock.css\"", "src=\"/webjars/htmx.org/dist/htmx.min.js\"",
				"src=\"/js/paddock.js\"");
		assertThat(this.context.containsBean("resourceUrlEncodingFilter")).isFalse();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
