package io.paddock.web;

import java.time.Duration;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The dashboard's sessions: Spring Session's database sessions as Spring Boot configures
 * them, wrapped so that a session's last access time is written at most once per
 * {@code paddock.session.touch-interval} (one minute by default) instead of on every
 * request.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SessionConfiguration {

	@Bean
	static BeanPostProcessor lazyTouchSessions(Environment environment) {
		Duration touchInterval = environment.getProperty("paddock.session.touch-interval", Duration.class,
				Duration.ofMinutes(1));
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? new LazyTouchSessionRepository<>(sessions, touchInterval) : bean;
			}

		};
	}

}
