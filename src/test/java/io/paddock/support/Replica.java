package io.paddock.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

	/**
	 * Starts several replicas at the same moment, as a deployment does, and waits until
	 * all have started.
	 */
	public static List<Replica> startTogether(int count, String... arguments) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(count);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Replica>> starting = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				starting.add(threads.submit(() -> {
					start.await();
					return start(arguments);
				}));
			}
			start.countDown();
			List<Replica> replicas = new ArrayList<>();
			for (Future<Replica> replica : starting) {
				replicas.add(replica.get(3, TimeUnit.MINUTES));
			}
			return replicas;
		}
		finally {
			threads.shutdownNow();
		}
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
