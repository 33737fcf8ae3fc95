package io.paddock.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages by SMTP, in the background: right after the transaction that
 * queued them commits, and on a timer for retries. Each message is claimed by a
 * conditional update before it is sent, so two senders never send the same message.
 * Without a configured mail server ({@code spring.mail.host}) messages stay in the
 * outbox.
 */
@Component
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

	private static final int BATCH = 20;

	private final OutboxRepository messages;

	private final MailServer mailServer;

	private final MailProperties properties;

	private final TransactionTemplate transactions;

	private final TaskScheduler scheduler;

	private final Clock clock;

	private final AtomicBoolean sendPending = new AtomicBoolean();

	OutboxSender(OutboxRepository messages, MailServer mailServer, MailProperties properties,
			TransactionTemplate transactions, TaskScheduler scheduler, Clock clock) {
		this.messages = messages;
		this.mailServer = mailServer;
		this.properties = properties;
		this.transactions = transactions;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	/**
	 * Starts sending right after a commit that queued messages: once for all the messages
	 * of the transaction, and not again while a start is already waiting.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void onQueued(Outbox.MessageQueued queued) {
		sendSoon();
	}

	@Scheduled(fixedDelayString = "${paddock.mail.poll-interval:2s}",
			initialDelayString = "${paddock.mail.poll-interval:2s}")
	void sendDue() {
		if (sendBatch() == BATCH) {
			sendSoon();
		}
	}

	private void sendSoon() {
		if (this.sendPending.compareAndSet(false, true)) {
			this.scheduler.schedule(() -> {
				this.sendPending.set(false);
				sendDue();
			}, this.clock.instant());
		}
	}

	/**
	 * Sends up to one batch of due messages; a full batch means more may be due.
	 */
	private int sendBatch() {
		JavaMailSender sender = this.mailServer.sender().orElse(null);
		if (sender == null) {
			return 0;
		}
		Instant now = this.clock.instant();
		List<Long> due = this.messages.findDue(now, staleBefore(now), PageRequest.of(0, BATCH));
		for (Long id : due) {
			OutboxMessage claimed = claim(id);
			if (claimed != null) {
				deliver(sender, claimed);
			}
		}
		return due.size();
	}

	private OutboxMessage claim(Long id) {
		return this.transactions.execute((status) -> {
			Instant now = this.clock.instant();
			if (this.messages.claim(id, now, staleBefore(now)) == 0) {
				return null;
			}
			return this.messages.findById(id).orElse(null);
		});
	}

	private void deliver(JavaMailSender sender, OutboxMessage message) {
		try {
			sender.send(toMime(sender, message));
			record(message.getId(), null);
		}
		catch (MailException | MessagingException ex) {
			log.warn("Could not send outbox message {} to {}: {}", message.getId(), message.getRecipient(),
					ex.getMessage());
			record(message.getId(), describe(ex));
		}
	}

	private MimeMessage toMime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
		MimeMessage mime = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
		helper.setFrom(this.properties.from());
		helper.setTo(message.getRecipient());
		helper.setSubject(message.getSubject());
		helper.setText(message.getTextBody(), message.getHtmlBody());
		mime.saveChanges();
		mime.setHeader("Message-ID", "<outbox-" + message.getId() + "@paddock>");
		return mime;
	}

	private void record(Long id, String error) {
		this.transactions.executeWithoutResult((status) -> this.messages.findById(id).ifPresent((message) -> {
			Instant now = this.clock.instant();
			if (error == null) {
				message.sent(now);
			}
			else {
				message.failed(error, now, this.properties.retryAfter(message.getAttempts() + 1));
			}
		}));
	}

	private Instant staleBefore(Instant now) {
		return now.minus(this.properties.sendingTimeout());
	}

	private static String describe(Exception ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String detail = (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
		return (cause == ex) ? detail : ex.getMessage() + " (" + detail + ")";
	}

}
