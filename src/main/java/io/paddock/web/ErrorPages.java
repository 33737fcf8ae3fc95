package io.paddock.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import io.paddock.shared.MalformedRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the container sends what no handler answered (a failure before or outside Spring
 * MVC, a {@code sendError}): a problem detail under {@code /api}, the error page
 * elsewhere. A malformed request answers 400 with what is wrong; {@code /error} asked for
 * directly is not found.
 */
@Controller
class ErrorPages implements ErrorController {

	static final String SERVER_FAILURE = "The server failed to carry out the request; the failure was logged. Try "
			+ "again later, or tell the administrator of this instance if it persists.";

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		String malformed = MalformedRequest.describe(failure).orElse(null);
		HttpStatus status;
		if (code == null) {
			status = HttpStatus.NOT_FOUND;
			path = request.getRequestURI();
		}
		else if (malformed != null) {
			status = HttpStatus.BAD_REQUEST;
		}
		else {
			HttpStatus resolved = HttpStatus.resolve((Integer) code);
			status = (resolved != null && resolved.isError()) ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String detail = (malformed != null) ? malformed : detailOf(status);
		if (String.valueOf(path).startsWith(request.getContextPath() + "/api/")) {
			return ResponseEntity.status(status)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(status, detail));
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", (malformed != null) ? malformed : null);
		return page;
	}

	static String detailOf(HttpStatus status) {
		if (status.is5xxServerError()) {
			return SERVER_FAILURE;
		}
		return switch (status) {
			case BAD_REQUEST -> "The request is malformed and could not be read.";
			case NOT_FOUND -> "There is nothing at this address.";
			default -> "The request was refused: " + status.getReasonPhrase() + ".";
		};
	}

}
