package io.paddock.web;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayFormatsTests {

	private final DisplayFormats display = new DisplayFormats();

	@Test
	void isoWhenMicrosecondsThenMillisecondsAsHtmlAllows() {
		assertThat(this.display.iso(Instant.parse("2026-03-30T10:15:30.123456Z")))
			.isEqualTo("2026-03-30T10:15:30.123Z");
	}

	@Test
	void isoWhenWholeSecondThenNoFraction() {
		assertThat(this.display.iso(Instant.parse("2026-03-30T10:15:30Z"))).isEqualTo("2026-03-30T10:15:30Z");
	}

	@Test
	void isoWhenNullThenEmpty() {
		assertThat(this.display.iso(null)).isEmpty();
	}

}
