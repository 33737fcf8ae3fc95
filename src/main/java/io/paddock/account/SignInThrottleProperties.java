package io.paddock.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How failed sign-ins are throttled. After {@code accountFailures} failures for one email
 * (or {@code addressFailures} from one client address), each within {@code window} of the
 * previous one's end, further attempts are refused for {@code firstWait}, doubled with
 * every further failure up to {@code maxWait}. A counter is forgotten {@code window}
 * after its wait ended.
 *
 * @param accountFailures failures for one email before it waits
 * @param addressFailures failures from one client address before it waits, for sign-ins
 * and for API tokens separately
 * @param window how long a failure is remembered
 * @param firstWait the wait after the last allowed failure
 * @param maxWait the longest wait
 */
@ConfigurationProperties("paddock.sign-in")
public record SignInThrottleProperties(@DefaultValue("5") int accountFailures, @DefaultValue("20") int addressFailures,
		@DefaultValue("15m") Duration window, @DefaultValue("1m") Duration firstWait,
		@DefaultValue("1h") Duration maxWait) {

	public SignInThrottleProperties {
		if (accountFailures < 1 || addressFailures < 1) {
			throw new IllegalArgumentException("paddock.sign-in.*-failures must be at least 1");
		}
		if (firstWait.isNegative() || firstWait.isZero() || maxWait.compareTo(firstWait) < 0) {
			throw new IllegalArgumentException(
					"paddock.sign-in.first-wait must be positive and paddock.sign-in.max-wait at least as long");
		}
	}

	/**
	 * The wait earned by the given number of failures in a row, when the limit is the
	 * given one: none below it, then doubling from {@code firstWait} to {@code maxWait}.
	 */
	Duration waitAfter(int failures, int limit) {
		if (failures < limit) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - limit, 30);
		Duration wait = this.firstWait.multipliedBy(1L << doublings);
		return (wait.compareTo(this.maxWait) > 0) ? this.maxWait : wait;
	}

}
