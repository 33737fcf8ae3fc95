package io.paddock.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class AdminPropertiesTests {

	@Test
	void passwordOf72BytesThenAccepted() {
		assertThat(new AdminProperties("admin@ex.co", "\u00e9".repeat(36)).password()).hasSize(36);
	}

	@Test
	void noPasswordThenAccepted() {
		assertThat(new AdminProperties("admin@ex.co", null).password()).isNull();
		assertThat(new AdminProperties("admin@ex.co", "").password()).isEmpty();
	}

	@Test
	void passwordOf11CharactersThenRefusedNamingThePropertyAndTheMinimum() {
		assertThatException().isThrownBy(() -> new AdminProperties("admin@ex.co", "x".repeat(11)))
			.withMessage("paddock.admin.password is 11 characters long; a password needs at least 12 characters.");
	}

	@Test
	void startWithPasswordOver72BytesThenFailsNamingThePropertyAndTheLimit(CapturedOutput output) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(Properties.class)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off");

		assertThatException().isThrownBy(() -> application.run("--paddock.admin.password=" + "x".repeat(73)));

		assertThat(output)
			.contains("paddock.admin.password is 73 bytes long in UTF-8; a password can be at most 72 bytes")
			.doesNotContain("at org.springframework.security.crypto.bcrypt");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AdminProperties.class)
	static class Properties {

	}

}
