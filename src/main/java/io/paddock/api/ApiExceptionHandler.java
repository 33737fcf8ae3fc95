package io.paddock.api;

import io.paddock.catalog.CatalogConflictException;
import io.paddock.catalog.InvalidCatalogInputException;
import io.paddock.shared.NotFoundException;
import io.paddock.workspace.InvalidWorkspaceNameException;
import io.paddock.workspace.MembershipException;
import io.paddock.workspace.WorkspaceNameTakenException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Answers every refusal of the API with an RFC 9457 problem whose {@code detail} says
 * what to do.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	@ExceptionHandler({ InvalidWorkspaceNameException.class, InvalidCatalogInputException.class,
			IllegalArgumentException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		return problem(HttpStatus.BAD_REQUEST, "The request body must be JSON, e.g. {\"name\": \"imdb-workspace\"}.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST,
				"The value '" + ex.getValue() + "' is not valid for " + ex.getName() + ".");
	}

	@ExceptionHandler({ WorkspaceNameTakenException.class, CatalogConflictException.class })
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

	private static ProblemDetail problem(HttpStatus status, String detail) {
		return ProblemDetail.forStatusAndDetail(status, detail);
	}

}
