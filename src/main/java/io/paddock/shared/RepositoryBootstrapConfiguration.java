package io.paddock.shared;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * Hibernate starts in the background while the other beans are made, in the application
 * processed ahead of time too: beans get their repositories as lazy proxies, and the
 * repositories are made once the context has refreshed, so a wrong query still fails the
 * start-up. Spring Data's deferred bootstrap sets this up while it registers the
 * repositories, which the ahead-of-time processed application skips.
 */
@Configuration(proxyBeanMethods = false)
class RepositoryBootstrapConfiguration {

	@Bean
	static BeanFactoryPostProcessor lazyRepositoryInjection() {
		return (beanFactory) -> ((DefaultListableBeanFactory) beanFactory)
			.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver() {
				@Override
				protected boolean isLazy(DependencyDescriptor descriptor) {
					return Repository.class.isAssignableFrom(descriptor.getDependencyType())
							|| super.isLazy(descriptor);
				}
			});
	}

	@Bean
	ApplicationListener<ContextRefreshedEvent> repositoriesMadeOnRefresh(ListableBeanFactory beans) {
		return (refreshed) -> beans.getBeansOfType(Repository.class);
	}

}
