package io.paddock.activity;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.paddock.support.PostgresTest;
import io.paddock.support.Race;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention purge on PostgreSQL: its batches find the expired entries and delete them
 * by one array of ids, the entries within the retention stay, and replicas may purge at
 * the same time.
 */
class ActivityRetentionPostgresIT extends PostgresTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityRetention retention;

	@Test
	void purgeDeletesExpiredEntriesInBatchesAndKeepsRecentOnes() {
		insert("expired", -2_000_000_000L, 2_500, Instant.now().minus(400, ChronoUnit.DAYS));
		insert("recent", -2_100_000_000L, 10, Instant.now().minus(300, ChronoUnit.DAYS));

		assertThat(this.retention.purge()).isGreaterThanOrEqualTo(2_500);

		assertThat(count("expired")).isZero();
		assertThat(count("recent")).isEqualTo(10);
	}

	/**
	 * As two replicas would: each entry is deleted by one of the purges and counted once,
	 * neither fails, and whatever one left because the other took part of its batch goes
	 * with the next purge.
	 */
	@Test
	void purgesRunningAtOnceDeleteEachEntryOnceAndNeitherFails() throws Exception {
		insert("expired-together", -2_200_000_000L, 5_000, Instant.now().minus(400, ChronoUnit.DAYS));
		long expired = expired();
		AtomicInteger deleted = new AtomicInteger();

		List<Boolean> outcomes = Race.run(() -> deleted.addAndGet(this.retention.purge()),
				() -> deleted.addAndGet(this.retention.purge()));

		assertThat(outcomes).containsExactly(true, true);
		assertThat(deleted.get()).isEqualTo(expired - expired());
		this.retention.purge();
		assertThat(expired()).isZero();
	}

	/**
	 * Entries with ids far below those the sequence hands out, beside other tests'
	 * entries.
	 */
	private void insert(String name, long firstId, int entries, Instant at) {
		this.jdbc.update(
				"insert into activity_entries (id, workspace_id, workspace_name, actor_id, action, subject, "
						+ "source, occurred_at) select ? - n, -7, ?, '00000000-0000-0000-0000-000000000007', "
						+ "'WORKSPACE_CREATED', 'purge', 'API', ? from generate_series(1, ?) as s(n)",
				firstId, name, Timestamp.from(at), entries);
	}

	private long expired() {
		return this.jdbc.queryForObject(
				"select count(*) from activity_entries where occurred_at < now() - interval '365 days'", Long.class);
	}

	private long count(String name) {
		return this.jdbc.queryForObject("select count(*) from activity_entries where workspace_name = ?", Long.class,
				name);
	}

}
