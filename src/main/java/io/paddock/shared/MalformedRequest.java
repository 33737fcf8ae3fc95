package io.paddock.shared;

import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the failures that come from a malformed request rather than from the server
 * (a multipart body without a boundary, cut short, naming a file with a NUL byte or with
 * a part header that cannot be parsed; parameters that are not valid UTF-8) and says what
 * is wrong, so that they answer 400 with that message instead of 500.
 */
public final class MalformedRequest {

	static final String NO_BOUNDARY = "The multipart request has no boundary: send Content-Type: "
			+ "multipart/form-data; boundary=<boundary> and separate the parts with it.";

	static final String BAD_FILE_NAME = "The file name contains a character that is not allowed (such as a NUL "
			+ "byte); rename the file and upload it again.";

	static final String BAD_MULTIPART = "The multipart body is malformed or incomplete (it must end with its "
			+ "closing boundary); send the whole request again.";

	static final String BAD_PART_HEADER = "A part of the multipart body has a malformed Content-Disposition header "
			+ "(such as an unbalanced quote in its filename); send each part as form-data; name=\"<field>\" and, for "
			+ "a file, filename=\"<file name>\".";

	static final String BAD_ENCODING = "The query string or form contains characters that are not valid UTF-8; "
			+ "percent-encode text as UTF-8.";

	static final String BAD_PARAMETERS = "The request's parameters could not be read; check the query string and "
			+ "the form fields.";

	private MalformedRequest() {
	}

	/**
	 * What is wrong with the request, when the failure is one of malformed input.
	 */
	public static Optional<String> describe(Throwable failure) {
		boolean unreadableParameters = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String type = cause.getClass().getSimpleName();
			String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
			if (type.equals("InvalidFileNameException")) {
				return Optional.of(BAD_FILE_NAME);
			}
			if (type.equals("FileUploadException") && message.contains("boundary")) {
				return Optional.of(NO_BOUNDARY);
			}
			if (type.equals("MalformedStreamException")) {
				return Optional.of(BAD_MULTIPART);
			}
			if (cause instanceof IllegalArgumentException && message.contains("content disposition")
					|| cause instanceof IndexOutOfBoundsException && thrownParsingContentDisposition(cause)) {
				return Optional.of(BAD_PART_HEADER);
			}
			if (cause instanceof CharacterCodingException) {
				return Optional.of(BAD_ENCODING);
			}
			unreadableParameters |= type.equals("InvalidParameterException");
		}
		return unreadableParameters ? Optional.of(BAD_PARAMETERS) : Optional.empty();
	}

	/**
	 * Spring's parser of the part header fails this way on some malformed values, such as
	 * {@code name="} (a lone quote).
	 */
	private static boolean thrownParsingContentDisposition(Throwable failure) {
		return Arrays.stream(failure.getStackTrace())
			.anyMatch((frame) -> frame.getClassName().equals("org.springframework.http.ContentDisposition"));
	}

}
