package io.paddock.api;

import java.util.Arrays;

import io.paddock.catalog.CatalogConflictException;
import io.paddock.catalog.InvalidCatalogInputException;
import io.paddock.shared.MalformedRequest;
import io.paddock.shared.NotFoundException;
import io.paddock.workspace.InvalidWorkspaceNameException;
import io.paddock.workspace.MembershipException;
import io.paddock.workspace.WorkspaceArchiveException;
import io.paddock.workspace.WorkspaceNameTakenException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Answers every refusal of the API with an RFC 9457 problem whose {@code detail} says
 * what to do.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler({ InvalidWorkspaceNameException.class, InvalidCatalogInputException.class,
			IllegalArgumentException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/**
	 * A body that is not JSON, or not of the expected shape: the detail shows a body this
	 * operation takes, never the parser's internals.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex, HandlerMethod handler) {
		String example = Arrays.stream(handler.getMethodParameters())
			.filter((parameter) -> parameter.hasParameterAnnotation(RequestBody.class))
			.findFirst()
			.map((parameter) -> Requests.exampleOf(parameter.getParameterType()))
			.orElse(null);
		return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this operation"
				+ ((example != null) ? "; send for example " + example + "." : "."));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST,
				"The value '" + ex.getValue() + "' is not valid for " + ex.getName() + ".");
	}

	/**
	 * A file sent where a text field was expected; any other value that cannot be
	 * converted is a fault of the server.
	 */
	@ExceptionHandler(MethodArgumentConversionNotSupportedException.class)
	ResponseEntity<ProblemDetail> conversionNotSupported(MethodArgumentConversionNotSupportedException ex) {
		if (ex.getValue() instanceof MultipartFile) {
			return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, "The field " + ex.getName() + " must be text, not a file."));
		}
		return unexpected(ex);
	}

	@ExceptionHandler({ WorkspaceNameTakenException.class, CatalogConflictException.class,
			WorkspaceArchiveException.class })
	ProblemDetail conflict(RuntimeException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(MembershipException.class)
	ProblemDetail membership(MembershipException ex) {
		HttpStatus status = switch (ex.reason()) {
			case NOT_MEMBER -> HttpStatus.NOT_FOUND;
			case NOBODY_SELECTED -> HttpStatus.BAD_REQUEST;
			case ALREADY_MEMBER, LAST_OWNER, DEFAULT_WORKSPACE, DISABLED_USER -> HttpStatus.CONFLICT;
		};
		return problem(status, ex.getMessage());
	}

	/**
	 * Spring MVC's own refusals (wrong method, missing part, unsupported media type) keep
	 * their status and problem, a malformed request (undecodable parameters) is a 400
	 * saying what is wrong; anything else is a fault of the server: logged here, answered
	 * with a 500 problem that reveals nothing of it.
	 */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse refusal) {
			return ResponseEntity.status(refusal.getStatusCode()).headers(refusal.getHeaders()).body(refusal.getBody());
		}
		String malformed = MalformedRequest.describe(ex).orElse(null);
		if (malformed != null) {
			log.debug("Refused a malformed API request: {}", malformed);
			return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, malformed));
		}
		log.error("Unexpected failure of an API request", ex);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
					"The server failed to carry out the request; the failure was logged. Try again later, or tell "
							+ "the administrator of this instance if it persists."));
	}

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

}
