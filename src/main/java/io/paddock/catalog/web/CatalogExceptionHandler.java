package io.paddock.catalog.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A file over the upload limit, should the dispatcher be the first to notice it (see
 * {@link UploadLimitFilter}), sends the user back to the models page with a message. That
 * happens before any controller is chosen, so this advice has no controller selector and
 * runs before Boot's problem-details handler.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class CatalogExceptionHandler {

	private static final Pattern MODELS_PAGE = Pattern.compile("^/workspaces/(\\d+)/models(/.*)?$");

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request, MaxUploadSizeExceededException ex)
			throws MaxUploadSizeExceededException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Matcher models = MODELS_PAGE.matcher(path);
		if (!models.matches()) {
			throw ex;
		}
		return new ModelAndView(new RedirectView(
				"/workspaces/" + models.group(1) + "/models?problem=" + UploadLimitFilter.TOO_LARGE, true));
	}

}
