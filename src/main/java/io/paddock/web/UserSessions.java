package io.paddock.web;

import java.util.Objects;

import io.paddock.account.PasswordChanged;
import io.paddock.account.UserDisabled;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Deletes dashboard sessions of a user once a change commits, so no replica accepts those
 * sessions again: all of them when the user was disabled ({@link DisabledAccountFilter}
 * still guards the request that may be running meanwhile), all but the one they used when
 * their password changed. Sessions exist only where the application serves the web.
 */
@Component
@ConditionalOnWebApplication
class UserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(UserDisabled disabled) {
		endAllBut(disabled.email(), null);
	}

	@TransactionalEventListener
	void end(PasswordChanged changed) {
		endAllBut(changed.email(), changed.keptSessionId());
	}

	private void endAllBut(String email, String keptSessionId) {
		this.sessions.findByPrincipalName(email)
			.keySet()
			.stream()
			.filter((id) -> !Objects.equals(id, keptSessionId))
			.forEach(this.sessions::deleteById);
	}

}
