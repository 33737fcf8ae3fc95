package io.paddock.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogNameTests {

	@Test
	void requireWhenDnsCompatibleThenAccepted() {
		assertThat(CatalogName.require("Model name", "embedder-o")).isEqualTo("embedder-o");
		assertThat(CatalogName.require("Model name", "A" + "b".repeat(62))).hasSize(63);
	}

	@Test
	void requireWhenUnderscoreThenMessageNamesCharacterAndPosition() {
		assertThatExceptionOfType(InvalidCatalogInputException.class)
			.isThrownBy(() -> CatalogName.require("Model name", "my_model"))
			.withMessage("Model name must be DNS-compatible (ASCII alpha-numeric plus dash (-)): "
					+ "the underscore '_' at position 3 is not allowed.");
	}

	@Test
	void requireWhenStartsWithDigitOrEndsWithDashThenRefused() {
		assertThat(CatalogName.problemWith("Pipeline name", "1pipeline")).endsWith("it must start with a letter.");
		assertThat(CatalogName.problemWith("Pipeline name", "pipeline-"))
			.endsWith("it must end with a letter or digit.");
	}

	@Test
	void requireWhenTooLongOrEmptyThenRefused() {
		assertThat(CatalogName.problemWith("Model name", "a".repeat(64))).contains("at most 63 characters");
		assertThat(CatalogName.problemWith("Model name", "")).isEqualTo("Model name is required.");
	}

}
