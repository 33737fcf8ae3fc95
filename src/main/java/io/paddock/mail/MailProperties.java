package io.paddock.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Paddock writes and sends its emails.
 *
 * @param from the sender address of every email
 * @param pollInterval how often the sender looks for due messages
 * @param retryBase the wait after the first failed attempt; it doubles with each failure
 * @param retryMax the longest wait between two attempts
 * @param sendingTimeout after this long a message claimed by a sender that never reported
 * back (it crashed) is claimed again
 */
@ConfigurationProperties("paddock.mail")
public record MailProperties(@DefaultValue("Paddock <paddock@localhost>") String from,
		@DefaultValue("2s") Duration pollInterval, @DefaultValue("2s") Duration retryBase,
		@DefaultValue("10m") Duration retryMax, @DefaultValue("10m") Duration sendingTimeout) {

	/**
	 * The wait before the next attempt after the given number of failed ones.
	 */
	Duration retryAfter(int failedAttempts) {
		int doublings = Math.min(Math.max(failedAttempts - 1, 0), 20);
		Duration wait = this.retryBase.multipliedBy(1L << doublings);
		return (wait.compareTo(this.retryMax) > 0) ? this.retryMax : wait;
	}

}
