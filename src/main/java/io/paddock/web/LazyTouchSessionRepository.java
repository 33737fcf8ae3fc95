package io.paddock.web;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Keeps dashboard sessions where the given repository keeps them, but moves a session's
 * last access time forward only once it is {@code touchInterval} old: a request that
 * changes nothing in its session then writes nothing to the database. A session may so
 * expire up to {@code touchInterval} before its full idle timeout.
 * <p>
 * Two requests of one session that add the same attribute at once (the first pages after
 * signing in both create the CSRF token) would both insert it: the one that comes second
 * writes its changes again onto the session as the first left it.
 *
 * @param <S> the sessions of the underlying repository
 */
final class LazyTouchSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<LazyTouchSessionRepository.LazyTouchSession<S>> {

	private final FindByIndexNameSessionRepository<S> sessions;

	private final Duration touchInterval;

	LazyTouchSessionRepository(FindByIndexNameSessionRepository<S> sessions, Duration touchInterval) {
		this.sessions = sessions;
		this.touchInterval = touchInterval;
	}

	@Override
	public LazyTouchSession<S> createSession() {
		return wrap(this.sessions.createSession());
	}

	@Override
	public void save(LazyTouchSession<S> session) {
		try {
			this.sessions.save(session.stored);
		}
		catch (DuplicateKeyException ex) {
			S current = this.sessions.findById(session.getId());
			if (current == null) {
				throw ex;
			}
			session.changed.forEach((name) -> current.setAttribute(name, session.getAttribute(name)));
			session.removed.forEach(current::removeAttribute);
			this.sessions.save(current);
		}
	}

	@Override
	public LazyTouchSession<S> findById(String id) {
		S session = this.sessions.findById(id);
		return (session != null) ? wrap(session) : null;
	}

	@Override
	public void deleteById(String id) {
		this.sessions.deleteById(id);
	}

	@Override
	public Map<String, LazyTouchSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, LazyTouchSession<S>> found = new LinkedHashMap<>();
		this.sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, session) -> found.put(id, wrap(session)));
		return found;
	}

	private LazyTouchSession<S> wrap(S session) {
		return new LazyTouchSession<>(session, this.touchInterval);
	}

	/**
	 * A session whose last access time moves only in steps of the touch interval.
	 *
	 * @param <S> the stored session
	 */
	static final class LazyTouchSession<S extends Session> implements Session {

		private final S stored;

		private final Duration touchInterval;

		private final Set<String> changed = new HashSet<>();

		private final Set<String> removed = new HashSet<>();

		private LazyTouchSession(S stored, Duration touchInterval) {
			this.stored = stored;
			this.touchInterval = touchInterval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(this.stored.getLastAccessedTime().plus(this.touchInterval))) {
				this.stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.stored.getId();
		}

		@Override
		public String changeSessionId() {
			return this.stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.stored.setAttribute(attributeName, attributeValue);
			this.changed.add(attributeName);
			this.removed.remove(attributeName);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
			this.removed.add(attributeName);
			this.changed.remove(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.stored.isExpired();
		}

	}

}
