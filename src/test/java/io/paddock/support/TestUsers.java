package io.paddock.support;

import java.util.UUID;

import io.paddock.account.AccountService;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;

import org.springframework.boot.test.context.TestComponent;

/**
 * Creates users with unique emails, so tests sharing one database never collide.
 */
@TestComponent
public class TestUsers {

	public static final String ADMIN_EMAIL = "admin@paddock.test";

	public static final String PASSWORD = "correct-horse-battery";

	private final AccountService accounts;

	TestUsers(AccountService accounts) {
		this.accounts = accounts;
	}

	public User user(String name) {
		return create(name, UserType.USER);
	}

	public User admin(String name) {
		return create(name, UserType.ADMIN);
	}

	public User instanceAdmin() {
		return this.accounts.findByEmail(ADMIN_EMAIL).orElseThrow();
	}

	private User create(String name, UserType type) {
		String email = name.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8) + "@ex.co";
		return this.accounts.create(new NewUser(email, name, type, PASSWORD));
	}

	/**
	 * A workspace name no other test uses.
	 */
	public static String uniqueName(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
