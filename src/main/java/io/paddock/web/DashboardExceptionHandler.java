package io.paddock.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.shared.MalformedRequest;
import io.paddock.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.BeanInstantiationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns refusals from the services, and form values a form object refuses, into a
 * readable dashboard page with the right status, never a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class DashboardExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(DashboardExceptionHandler.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.NOT_FOUND, ex.getMessage(), request, response);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response) {
		return page(HttpStatus.FORBIDDEN, ex.getMessage(), request, response);
	}

	/**
	 * A form object whose constructor refused the submitted values (with an
	 * {@link IllegalArgumentException} saying why): a 400 page with that message.
	 */
	@ExceptionHandler(BeanInstantiationException.class)
	ModelAndView unreadableForm(BeanInstantiationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		if (!(ex.getCause() instanceof IllegalArgumentException refused)) {
			throw ex;
		}
		return page(HttpStatus.BAD_REQUEST, refused.getMessage(), request, response);
	}

	/**
	 * Parameters the container cannot decode (such as a broken %-sequence) are the
	 * client's error: a 400 page saying what is wrong, logged in one line at DEBUG, not
	 * as a server failure. Any other failure passes on.
	 */
	@ExceptionHandler(IllegalStateException.class)
	ModelAndView malformed(IllegalStateException ex, HttpServletRequest request, HttpServletResponse response) {
		String detail = MalformedRequest.describe(ex).orElseThrow(() -> ex);
		log.debug("Refused a malformed request {} {}: {}", request.getMethod(), request.getRequestURI(), detail);
		return page(HttpStatus.BAD_REQUEST, detail, request, response);
	}

	/**
	 * Renders the error page; for an htmx request only its content, swapped into the main
	 * area instead of the element that asked.
	 */
	private static ModelAndView page(HttpStatus status, String message, HttpServletRequest request,
			HttpServletResponse response) {
		boolean htmx = request.getHeader("HX-Request") != null;
		if (htmx) {
			response.setHeader("HX-Retarget", "#main");
			response.setHeader("HX-Reswap", "innerHTML");
		}
		ModelAndView page = new ModelAndView(htmx ? "error :: #page" : "error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}

}
