package io.paddock.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.NewUser;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.workspace.WorkspaceService;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Seeds the example instance of the original guide (steve@ex.co, john@ex.co and their
 * workspaces) when started with {@code --paddock.demo-data=true}. Runs once: an instance
 * that already has steve@ex.co is left alone.
 */
@Component
@ConditionalOnBooleanProperty("paddock.demo-data")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "paddock-demo";

	static final List<String> WORKSPACES = List.of("aloha-workspace", "ccfraud-workspace", "demandcurve-workspace",
			"imdb-workspace");

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;

	private final WorkspaceService workspaces;

	DemoData(AccountService accounts, WorkspaceService workspaces) {
		this.accounts = accounts;
		this.workspaces = workspaces;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.accounts.findByEmail("steve@ex.co").isPresent()) {
			return;
		}
		User steve = this.accounts.create(new NewUser("steve@ex.co", "Steve", UserType.USER, PASSWORD));
		this.accounts.create(new NewUser("john@ex.co", "John", UserType.USER, PASSWORD));
		Actor owner = steve.toActor();
		WORKSPACES.forEach((name) -> this.workspaces.create(owner, name));
		log.info("Demo data: users steve@ex.co and john@ex.co (password '{}'), workspaces {}", PASSWORD, WORKSPACES);
	}

}
