package io.paddock.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request exactly as written, byte by byte over a socket, so that Tomcat parses
 * it as it would a client's: malformed request lines, bodies and encodings included.
 */
public final class RawHttp {

	private final int port;

	public RawHttp(int port) {
		this.port = port;
	}

	/**
	 * A request with the given extra header lines ({@code Name: value}, separated by
	 * CRLF; may be empty) and, when the body is not null, its type and length.
	 */
	public Answer send(String method, String target, String headers, String contentType, String body) {
		StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
		if (!headers.isEmpty()) {
			head.append(headers).append("\r\n");
		}
		head.append("Connection: close\r\n");
		byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (contentType != null) {
			head.append("Content-Type: ").append(contentType).append("\r\n");
		}
		if (body != null) {
			head.append("Content-Length: ").append(content.length).append("\r\n");
		}
		return send(head + "\r\n" + new String(content, StandardCharsets.UTF_8));
	}

	public Answer send(String request) {
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.UTF_8));
			out.flush();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(answer);
			return new Answer(answer.toString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The answer as received: status line, headers and body.
	 */
	public record Answer(String text) {

		public int status() {
			return Integer.parseInt(this.text.substring(9, 12));
		}

		public String head() {
			return this.text.substring(0, this.text.indexOf("\r\n\r\n"));
		}

		public String body() {
			return this.text.substring(this.text.indexOf("\r\n\r\n") + 4);
		}

	}

}
