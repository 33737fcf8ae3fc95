package io.paddock.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.paddock.shared.StartupLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the admin account on the first start of an empty instance, exactly once when
 * several replicas start together (under the {@link StartupLock}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdminCreator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdminCreator.class);

	private final AccountService accounts;

	private final AdminProperties properties;

	private final StartupLock startupLock;

	FirstAdminCreator(AccountService accounts, AdminProperties properties, StartupLock startupLock) {
		this.accounts = accounts;
		this.properties = properties;
		this.startupLock = startupLock;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = !StringUtils.hasText(this.properties.password());
		String password = generated ? randomPassword() : this.properties.password();
		boolean created = this.startupLock.runAlone(() -> {
			if (this.accounts.count() > 0) {
				return false;
			}
			try {
				this.accounts.create(new NewUser(this.properties.email(), "Administrator", UserType.ADMIN, password));
			}
			catch (PasswordRefusedException ex) {
				throw new IllegalStateException("paddock.admin.password is refused: " + ex.rule().describe(), ex);
			}
			return true;
		});
		if (!created) {
			return;
		}
		if (generated) {
			log.warn("""

					==========================================================================
					 Paddock created the first admin. Sign in with
					   email:    {}
					   password: {}
					 This password is shown only once; set PADDOCK_ADMIN_PASSWORD to choose one.
					==========================================================================""",
					this.properties.email(), password);
		}
		else {
			log.info("Created the first admin {}", this.properties.email());
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
