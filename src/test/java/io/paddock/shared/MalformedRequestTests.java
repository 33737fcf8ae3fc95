package io.paddock.shared;

import java.io.IOException;
import java.nio.charset.MalformedInputException;

import jakarta.servlet.ServletException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.FileUploadException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.apache.tomcat.util.http.fileupload.impl.SizeLimitExceededException;
import org.junit.jupiter.api.Test;

import org.springframework.http.ContentDisposition;
import org.springframework.web.multipart.MultipartException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class MalformedRequestTests {

	@Test
	void undecodableParameterThenSaysUtf8() {
		var failure = new InvalidParameterException("Character decoding failed", new MalformedInputException(1));

		assertThat(MalformedRequest.describe(new ServletException(failure))).hasValue(MalformedRequest.BAD_ENCODING);
	}

	@Test
	void multipartFailuresThenEachItsMessage() {
		assertThat(MalformedRequest.describe(new IOException(
				new FileUploadException("the request was rejected because no multipart boundary was found"))))
			.hasValue(MalformedRequest.NO_BOUNDARY);
		assertThat(MalformedRequest.describe(new InvalidFileNameException("a\0b", "Invalid file name")))
			.hasValue(MalformedRequest.BAD_FILE_NAME);
		Throwable unparsable = catchThrowable(
				() -> ContentDisposition.parse("form-data; name=\"name\"; filename=\"\"    ;\""));
		assertThat(MalformedRequest
			.describe(new MultipartException("Failed to parse multipart servlet request", unparsable)))
			.hasValue(MalformedRequest.BAD_PART_HEADER);
		Throwable loneQuote = catchThrowable(() -> ContentDisposition.parse("form-data; name=\""));
		assertThat(MalformedRequest
			.describe(new MultipartException("Failed to parse multipart servlet request", loneQuote)))
			.hasValue(MalformedRequest.BAD_PART_HEADER);
	}

	@Test
	void sizeLimitOrServerFaultThenNotMalformed() {
		assertThat(MalformedRequest.describe(new SizeLimitExceededException("too large", 2, 1))).isEmpty();
		assertThat(MalformedRequest.describe(new IllegalStateException("connection refused"))).isEmpty();
		assertThat(MalformedRequest.describe(null)).isEmpty();
	}

}
