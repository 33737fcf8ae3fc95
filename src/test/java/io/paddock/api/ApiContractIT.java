package io.paddock.api;

import com.atlassian.oai.validator.report.ValidationReport;
import io.paddock.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract that every API test's answers are checked against catches drift: answers
 * that disagree with the OpenAPI document are reported.
 */
class ApiContractIT extends IntegrationTest {

	private static final String WORKSPACE = "{\"name\":\"imdb\",\"id\":4,\"archived\":false,"
			+ "\"created_by\":\"0a1b0474-8bde-4799-909e-f734201542d9\",\"created_at\":\"2026-11-25T03:36:19.147307Z\","
			+ "\"models\":[],\"pipelines\":[{\"name\":\"p\",\"create_time\":\"2026-11-25T03:36:19.147307Z\","
			+ "\"definition\":[{\"model\":\"embedder-o\",\"version\":\"latest\"}]}]}";

	@Test
	void answerAsDocumentedThenNoError() {
		assertThat(validate(200, "application/json", WORKSPACE).getMessages()).isEmpty();
	}

	@Test
	void fieldOfAnotherTypeThenError() {
		assertThat(validate(200, "application/json", WORKSPACE.replace("\"id\":4", "\"id\":\"four\"")).hasErrors())
			.isTrue();
	}

	@Test
	void pipelineDefinitionAsStringThenError() {
		String drifted = WORKSPACE.replace("[{\"model\":\"embedder-o\",\"version\":\"latest\"}]",
				"\"[{\\\"model\\\":\\\"embedder-o\\\"}]\"");

		assertThat(validate(200, "application/json", drifted).hasErrors()).isTrue();
	}

	@Test
	void undocumentedStatusThenError() {
		assertThat(validate(418, "application/problem+json", "{\"status\":418}").hasErrors()).isTrue();
	}

	private ValidationReport validate(int status, String contentType, String body) {
		return ApiContract.of(baseUrl()).validate("GET", "/api/v1/workspaces/by-name/imdb", status, contentType, body);
	}

}
