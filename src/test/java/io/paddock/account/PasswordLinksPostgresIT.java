package io.paddock.account;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.paddock.support.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Password links on PostgreSQL: the migration's table, one use, expiry and the hourly
 * limit of reset emails. The links are read from the outbox, where the emails wait.
 */
class PasswordLinksPostgresIT extends PostgresTest {

	private static final Pattern TOKEN = Pattern.compile("\\?token=(\\S+)");

	private static final String PASSWORD = "kestrel-lighthouse-92";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordService passwords;

	@Autowired
	AccountService accounts;

	@Test
	void activationLinkSetsThePasswordOnceAndUserWithoutPasswordIsStored() {
		String email = "mia-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		User mia = this.accounts.create(new NewUser(email, "Mia", UserType.USER, null));
		String token = tokens(email).get(0);

		assertThat(this.passwords.check(token).state()).isEqualTo(PasswordLinkState.VALID);
		this.passwords.setPassword(token, PASSWORD);

		assertThat(this.accounts.get(mia.getId()).isActivated()).isTrue();
		assertThat(this.passwords.check(token).state()).isEqualTo(PasswordLinkState.USED);
		assertThatExceptionOfType(PasswordLinkUnusableException.class)
			.isThrownBy(() -> this.passwords.setPassword(token, "another-" + PASSWORD))
			.satisfies((ex) -> assertThat(ex.state()).isEqualTo(PasswordLinkState.USED));
	}

	@Test
	void resetLinksExpireAndAtMostThreeAreMailedPerHour() {
		String email = "john-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		User john = this.accounts.create(new NewUser(email, "John", UserType.USER, "orange-kestrel-lighthouse"));
		for (int i = 0; i < 4; i++) {
			this.passwords.requestReset(email);
		}
		List<String> tokens = tokens(email);
		assertThat(tokens).hasSize(PasswordService.RESETS_PER_WINDOW);

		this.jdbc.update("update password_links set expires_at = now() - interval '1 minute' where user_id = ?",
				john.getId());

		assertThat(this.passwords.check(tokens.get(2)).state()).isEqualTo(PasswordLinkState.EXPIRED);
		assertThatExceptionOfType(PasswordLinkUnusableException.class)
			.isThrownBy(() -> this.passwords.setPassword(tokens.get(2), PASSWORD));
	}

	private List<String> tokens(String email) {
		return this.jdbc
			.queryForList("select text_body from outbox_messages where recipient = ? order by id", String.class, email)
			.stream()
			.map((body) -> {
				Matcher matcher = TOKEN.matcher(body);
				assertThat(matcher.find()).as(body).isTrue();
				return matcher.group(1);
			})
			.toList();
	}

}
