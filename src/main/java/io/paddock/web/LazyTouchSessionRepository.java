package io.paddock.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Keeps dashboard sessions where the given repository keeps them, but moves a session's
 * last access time forward only once it is {@code touchInterval} old: a request that
 * changes nothing in its session then writes nothing to the database. A session may so
 * expire up to {@code touchInterval} before its full idle timeout.
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
		this.sessions.save(session.stored);
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
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.stored.removeAttribute(attributeName);
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
