package io.paddock.activity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Where a change came from: the dashboard, the HTTP API, or the instance itself (start-up
 * work such as the demo data).
 */
public enum ActivitySource {

	DASHBOARD, API, SYSTEM;

	/**
	 * The source of the change the current thread is making, from the request it serves.
	 */
	static ActivitySource current() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return SYSTEM;
		}
		HttpServletRequest request = attributes.getRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") ? API : DASHBOARD;
	}

}
