package db.migration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Outbox message ids come from a sequence that hands out blocks of 50, so the messages of
 * one transaction are inserted in JDBC batches (an identity column allows only one insert
 * at a time). The sequence's first value ends the first block after the ids in use.
 */
public class V8__Outbox_message_ids_from_a_sequence extends BaseJavaMigration {

	static final int BLOCK = 50;

	@Override
	public void migrate(Context context) throws SQLException {
		try (Statement statement = context.getConnection().createStatement()) {
			long highest;
			try (ResultSet result = statement.executeQuery("select coalesce(max(id), 0) from outbox_messages")) {
				result.next();
				highest = result.getLong(1);
			}
			statement.execute(
					"create sequence outbox_messages_seq start with " + (highest + BLOCK) + " increment by " + BLOCK);
		}
	}

}
