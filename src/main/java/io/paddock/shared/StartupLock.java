package io.paddock.shared;

import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises start-up work across replicas sharing one database: the work runs in a
 * transaction that first locks the single row of {@code startup_lock}, so a replica
 * starting at the same moment waits, then sees what the first one created.
 */
@Component
public class StartupLock {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	StartupLock(JdbcTemplate jdbc, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	public <T> T runAlone(Supplier<T> work) {
		return this.transactions.execute((status) -> {
			this.jdbc.queryForObject("select id from startup_lock where id = 1 for update", Integer.class);
			return work.get();
		});
	}

}
