package io.paddock.shared;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.data.repository.Repository;

import static org.assertj.core.api.Assertions.assertThat;

class RepositoryBootstrapConfigurationTests {

	private static final List<String> made = new CopyOnWriteArrayList<>();

	@Test
	void beansGetTheirRepositoryAsAProxyAndTheRepositoryIsMadeOnRefresh() {
		made.clear();
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
			context.register(RepositoryBootstrapConfiguration.class);
			context.registerBean(Things.class, () -> {
				made.add("repository");
				return new Things() {
				};
			}, (definition) -> definition.setLazyInit(true));
			context.registerBean(Service.class);

			context.refresh();

			assertThat(made).containsExactly("service", "repository");
			assertThat(AopUtils.isAopProxy(context.getBean(Service.class).things)).isTrue();
		}
	}

	interface Things extends Repository<Object, Long> {

	}

	static class Service {

		final Things things;

		Service(Things things) {
			made.add("service");
			this.things = things;
		}

	}

}
