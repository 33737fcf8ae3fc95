package io.paddock.web;

import io.paddock.account.UserDisabled;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Deletes every dashboard session of a user once their disabling commits, so no replica
 * accepts those sessions again. {@link DisabledAccountFilter} still guards the request
 * that may be running meanwhile. Sessions exist only where the application serves the
 * web.
 */
@Component
@ConditionalOnWebApplication
class DisabledUserSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	DisabledUserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	@TransactionalEventListener
	void end(UserDisabled disabled) {
		this.sessions.findByPrincipalName(disabled.email()).keySet().forEach(this.sessions::deleteById);
	}

}
