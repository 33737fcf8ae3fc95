package io.paddock.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HashingInputStreamTests {

	@Test
	void readToTheEndThenSha256OfTheContent() throws IOException {
		HashingInputStream in = new HashingInputStream(bytes("hello"), 5);

		in.transferTo(OutputStream.nullOutputStream());

		assertThat(in.sha256()).isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
	}

	@Test
	void contentShorterThanAnnouncedThenFails() {
		HashingInputStream in = new HashingInputStream(bytes("hell"), 5);

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
			.withMessage("The content ended after 4 of 5 announced bytes");
	}

	@Test
	void contentLongerThanAnnouncedThenFails() {
		HashingInputStream in = new HashingInputStream(bytes("hello!"), 5);

		assertThatExceptionOfType(IOException.class).isThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
			.withMessage("The content is longer than the 5 announced bytes");
	}

	@Test
	void sha256BeforeTheEndThenFails() throws IOException {
		HashingInputStream in = new HashingInputStream(bytes("hello"), 5);
		in.readNBytes(2);

		assertThatExceptionOfType(IOException.class).isThrownBy(in::sha256);
	}

	@Test
	void markAndResetNotSupportedSoEveryByteIsHashedOnce() {
		assertThat(new HashingInputStream(bytes("hello"), 5).markSupported()).isFalse();
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
