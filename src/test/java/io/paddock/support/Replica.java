package io.paddock.support;

import java.util.ArrayList;
import java.util.List;

import io.paddock.PaddockApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * One more Paddock application, started in this JVM on a random port as a deployment
 * would run it: only the main classes are scanned (not the test configurations on the
 * classpath), configured by command-line arguments, which outrank application.properties.
 */
public final class Replica implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Replica(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static Replica start(String... arguments) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off"));
		args.addAll(List.of(arguments));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(PaddockApplication.class)
			.initializers((applicationContext) -> applicationContext.getBeanFactory()
				.registerSingleton("mainClassesOnly", new MainClassesOnly()))
			.run(args.toArray(String[]::new));
		return new Replica(context);
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public String baseUrl() {
		return "http://localhost:" + ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * Leaves out every class compiled from the test sources.
	 */
	private static final class MainClassesOnly extends TypeExcludeFilter {

		@Override
		public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
			return reader.getResource().getDescription().contains("test-classes");
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MainClassesOnly;
		}

		@Override
		public int hashCode() {
			return MainClassesOnly.class.hashCode();
		}

	}

}
