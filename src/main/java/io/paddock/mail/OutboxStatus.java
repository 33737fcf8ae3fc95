package io.paddock.mail;

/**
 * Where an outbox message stands. A failed message is retried with backoff until it is
 * sent.
 */
public enum OutboxStatus {

	PENDING, SENDING, SENT, FAILED

}
