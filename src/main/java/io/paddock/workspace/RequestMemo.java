package io.paddock.workspace;

import java.util.function.Supplier;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Keeps what one web request has loaded (the signed-in user, the workspaces they looked
 * at and their role in each), so that the security filter, navigation, controllers and
 * services read it from the database once per request. Outside a request nothing is kept.
 * Only reads use it: a change loads the rows it changes in its own transaction.
 */
final class RequestMemo {

	private static final String PREFIX = RequestMemo.class.getName() + ".";

	private RequestMemo() {
	}

	/**
	 * The value kept under the key, loading and keeping it on first use; {@code null}
	 * answers are not kept.
	 */
	@SuppressWarnings("unchecked")
	static <T> T get(String key, Supplier<T> loader) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return loader.get();
		}
		Object kept = request.getAttribute(PREFIX + key, RequestAttributes.SCOPE_REQUEST);
		if (kept == null) {
			kept = loader.get();
			put(key, kept);
		}
		return (T) kept;
	}

	static void put(String key, Object value) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && value != null) {
			request.setAttribute(PREFIX + key, value, RequestAttributes.SCOPE_REQUEST);
		}
	}

}
