package io.paddock.catalog.web;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.paddock.catalog.ModelService;
import io.paddock.shared.MalformedRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A file over the upload limit, should the dispatcher be the first to notice it (see
 * {@link UploadLimitFilter}), sends the user back to the models page with a message, and
 * answers an API call with a 413 problem. That happens before any controller is chosen,
 * so this advice has no controller selector and runs before Boot's problem-details
 * handler.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CatalogExceptionHandler {

	private static final Pattern MODELS_PAGE = Pattern.compile("^/workspaces/(\\d+)/models(/.*)?$");

	private final ModelService models;

	CatalogExceptionHandler(ModelService models) {
		this.models = models;
	}

	/**
	 * A malformed multipart body (no boundary, cut short, a file name with a NUL byte, a
	 * part header that cannot be parsed): a 400 problem saying what is wrong under
	 * {@code /api}, the error page with that message elsewhere. Nothing is stored.
	 */
	@ExceptionHandler(MultipartException.class)
	Object malformed(HttpServletRequest request, MultipartException ex) throws MultipartException {
		String detail = MalformedRequest.describe(ex).orElse(null);
		if (detail == null) {
			throw ex;
		}
		if (pathOf(request).startsWith("/api/")) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
		}
		ModelAndView page = new ModelAndView("error", HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("error", HttpStatus.BAD_REQUEST.getReasonPhrase());
		page.addObject("message", detail);
		return page;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, MaxUploadSizeExceededException ex)
			throws MaxUploadSizeExceededException {
		String path = pathOf(request);
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
					"The file is larger than the limit of " + this.models.maxUploadSize().toMegabytes()
							+ " MB; nothing was stored.");
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		Matcher models = MODELS_PAGE.matcher(path);
		if (!models.matches()) {
			throw ex;
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create(request.getContextPath() + "/workspaces/" + models.group(1) + "/models?problem="
					+ UploadLimitFilter.TOO_LARGE))
			.build();
	}

	private static String pathOf(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
