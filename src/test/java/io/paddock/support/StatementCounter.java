package io.paddock.support;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread, so a measurement is
 * not disturbed by background work such as the outbox sender.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

	@Override
	public String inspect(String sql) {
		COUNT.get()[0]++;
		return sql;
	}

	public static void reset() {
		COUNT.get()[0] = 0;
	}

	public static long count() {
		return COUNT.get()[0];
	}

}
