package io.paddock.support;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts (and keeps) the SQL statements Hibernate prepares on the current thread, so a
 * measurement is not disturbed by background work such as the outbox sender.
 */
public class StatementCounter implements StatementInspector {

	private static final ThreadLocal<List<String>> STATEMENTS = ThreadLocal.withInitial(ArrayList::new);

	@Override
	public String inspect(String sql) {
		STATEMENTS.get().add(sql);
		return sql;
	}

	public static void reset() {
		STATEMENTS.get().clear();
	}

	public static long count() {
		return STATEMENTS.get().size();
	}

	/**
	 * The statements prepared since the last {@link #reset()}, in order.
	 */
	public static List<String> statements() {
		return List.copyOf(STATEMENTS.get());
	}

}
