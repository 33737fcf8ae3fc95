package io.paddock.support;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds the answer to one kind of request until the test releases it, so a browser test
 * can look at the page while a request is pending, as on a slow connection. Nothing is
 * held until {@link #hold} is called.
 */
@TestComponent
@Order(Ordered.HIGHEST_PRECEDENCE)
public class HeldRequests extends OncePerRequestFilter {

	private static final long LONGEST_HOLD_SECONDS = 30;

	private volatile Hold hold;

	/**
	 * Holds the next request with the method whose path ends with the suffix.
	 */
	public void hold(String method, String pathSuffix) {
		this.hold = new Hold(method, pathSuffix, new CountDownLatch(1), new CountDownLatch(1));
	}

	/**
	 * Waits until the held request has arrived.
	 */
	public void awaitArrival() throws InterruptedException {
		if (!this.hold.arrived().await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS)) {
			throw new AssertionError("no request " + this.hold.method() + " *" + this.hold.pathSuffix() + " arrived");
		}
	}

	/**
	 * Lets the held request go on, and holds nothing more.
	 */
	public void release() {
		Hold released = this.hold;
		this.hold = null;
		if (released != null) {
			released.release().countDown();
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Hold current = this.hold;
		if (current != null && current.method().equals(request.getMethod())
				&& request.getRequestURI().endsWith(current.pathSuffix())) {
			current.arrived().countDown();
			try {
				current.release().await(LONGEST_HOLD_SECONDS, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		chain.doFilter(request, response);
	}

	private record Hold(String method, String pathSuffix, CountDownLatch arrived, CountDownLatch release) {

	}

}
