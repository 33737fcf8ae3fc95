package io.paddock.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Reads what the test SMTP server received: waits for a recipient's messages (on the
 * server's own arrival signal) and picks parts and links out of them.
 */
public final class Mailbox {

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private Mailbox() {
	}

	/**
	 * The messages to one recipient, oldest first, once there are at least {@code count}.
	 */
	public static List<MimeMessage> await(GreenMail server, String recipient, int count) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (true) {
			MimeMessage[] all = server.getReceivedMessages();
			List<MimeMessage> received = Arrays.stream(all).filter((m) -> addressedTo(m, recipient)).toList();
			long left = (deadline - System.nanoTime()) / 1_000_000;
			if (received.size() >= count || left <= 0 || !server.waitForIncomingEmail(left, all.length + 1)) {
				assertThat(received).as("emails to " + recipient).hasSizeGreaterThanOrEqualTo(count);
				return received;
			}
		}
	}

	/**
	 * The text of the message's part of the given type, e.g. {@code text/plain}.
	 */
	public static String part(MimeMessage message, String type) {
		try {
			return findPart(message, type);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The first link in the message's text that matches the pattern.
	 */
	public static String link(MimeMessage message, Pattern pattern) {
		Matcher matcher = pattern.matcher(part(message, "text/plain"));
		if (!matcher.find()) {
			fail("No link matching " + pattern + " in:\n" + part(message, "text/plain"));
		}
		return matcher.group();
	}

	private static String findPart(Part part, String type) throws Exception {
		if (part.getContent() instanceof MimeMultipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = findPart(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		return part.isMimeType(type) ? (String) part.getContent() : null;
	}

	private static boolean addressedTo(MimeMessage message, String recipient) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
