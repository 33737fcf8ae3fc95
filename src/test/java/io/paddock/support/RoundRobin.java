package io.paddock.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The client side of a load balancer without sticky sessions: each request goes to the
 * next instance in turn, with one cookie jar for all of them. An instance that refuses
 * the connection (stopped) is skipped and the request is sent to the next one, as a
 * balancer retries a connection it could not make; a request that reached an instance is
 * never sent again. With one instance it is a plain client. Which instance answered is
 * {@link HttpResponse#uri()}.
 */
public final class RoundRobin {

	private final List<String> baseUrls;

	private final CookieManager cookies;

	private final HttpClient http;

	private final AtomicInteger next = new AtomicInteger();

	private final AtomicInteger refusedConnections = new AtomicInteger();

	private RoundRobin(CookieManager cookies, List<String> baseUrls) {
		this.baseUrls = List.copyOf(baseUrls);
		this.cookies = cookies;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public static RoundRobin over(String... baseUrls) {
		return new RoundRobin(new CookieManager(), List.of(baseUrls));
	}

	/**
	 * Other instances, with the same cookies.
	 */
	public RoundRobin to(String... baseUrls) {
		return new RoundRobin(this.cookies, List.of(baseUrls));
	}

	public CookieManager cookies() {
		return this.cookies;
	}

	/**
	 * How many connections were refused (and their requests sent to the next instance).
	 */
	public int refusedConnections() {
		return this.refusedConnections.get();
	}

	/**
	 * Sends the request built for {@code path} to the next instance in turn or, when that
	 * one refuses the connection, to each following one until one accepts it.
	 * @throws UncheckedIOException when no instance accepts it, or the exchange fails
	 * after the connection was made
	 */
	public <T> HttpResponse<T> send(String path, UnaryOperator<HttpRequest.Builder> request,
			HttpResponse.BodyHandler<T> handler) {
		ConnectException refused = null;
		int first = this.next.getAndIncrement();
		for (int attempt = 0; attempt < this.baseUrls.size(); attempt++) {
			String baseUrl = this.baseUrls.get(Math.floorMod(first + attempt, this.baseUrls.size()));
			HttpRequest built = request
				.apply(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(1)))
				.build();
			try {
				return this.http.send(built, handler);
			}
			catch (ConnectException ex) {
				this.refusedConnections.incrementAndGet();
				refused = ex;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new UncheckedIOException(refused);
	}

}
