package io.paddock.api;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTests {

	private final ApiExceptionHandler handler = new ApiExceptionHandler();

	@Test
	void unexpectedFailureThen500ProblemThatRevealsNothing() {
		ResponseEntity<ProblemDetail> answer = this.handler
			.unexpected(new IllegalStateException("connection to jdbc:secret refused"));

		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(answer.getBody().getStatus()).isEqualTo(500);
		assertThat(answer.getBody().getDetail()).startsWith("The server failed to carry out the request")
			.doesNotContain("secret")
			.doesNotContain("IllegalStateException");
	}

	@Test
	void springRefusalThenItsOwnStatusAndHeaders() {
		ResponseEntity<ProblemDetail> answer = this.handler
			.unexpected(new HttpRequestMethodNotSupportedException("PATCH", List.of("GET", "POST")));

		assertThat(answer.getStatusCode().value()).isEqualTo(405);
		assertThat(answer.getHeaders().getAllow()).hasSize(2);
	}

}
