package io.paddock;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PaddockApplication {

	public static void main(String[] args) {
		SpringApplication.run(PaddockApplication.class, args);
	}

	/**
	 * UTC, in the microseconds that PostgreSQL and H2 keep, so a timestamp reads back as
	 * it was written.
	 */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
