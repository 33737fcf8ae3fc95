package io.paddock.account;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The password policy with nbvcxz's real dictionaries, built once for all cases as the
 * application builds it once.
 */
class PasswordPolicyTests {

	private static final PasswordPolicy POLICY = new PasswordPolicy();

	private static final String EMAIL = "steve.jobs@ex.co";

	private static final String NAME = "Steve Jobs";

	@Test
	void strongPassphraseThenAccepted() {
		assertThat(brokenBy("correct-horse-battery")).isEmpty();
		assertThat(brokenBy("Tr0ub4dor&3xx")).isEmpty();
	}

	@Test
	void elevenCharactersThenTooShort() {
		assertThat(brokenBy("x7#Kp2!qZ9m")).contains(PasswordRule.TOO_SHORT);
	}

	@Test
	void twelveCharactersCountedAsCharactersNotBytes() {
		assertThat(brokenBy("\u00e9t\u00e9-k7#Qp2!zX")).isEmpty();
	}

	@Test
	void seventyThreeBytesThenTooLong() {
		assertThat(brokenBy("k7#Qp2!zX".repeat(8) + "a")).contains(PasswordRule.TOO_LONG);
	}

	@Test
	void seventyTwoBytesOfAccentedLettersThenNotTooLong() {
		assertThat(PasswordLimits.brokenBy("\u00e9".repeat(36))).isEmpty();
		assertThat(PasswordLimits.brokenBy("\u00e9".repeat(37))).contains(PasswordRule.TOO_LONG);
	}

	@Test
	void containsTheWholeEmailThenRefused() {
		assertThat(brokenBy("x-Steve.Jobs@ex.co-x")).contains(PasswordRule.CONTAINS_EMAIL);
	}

	@Test
	void containsTheEmailsLocalPartThenRefused() {
		assertThat(brokenBy("my-steve.jobs-secret-91")).contains(PasswordRule.CONTAINS_EMAIL);
	}

	@Test
	void containsTheNameThenRefused() {
		assertThat(brokenBy("zebra-STEVEJOBS-kettle")).contains(PasswordRule.CONTAINS_NAME);
		assertThat(brokenBy("zebra-jobs-kettle-lamp")).contains(PasswordRule.CONTAINS_NAME);
	}

	@Test
	void shortWordsOfTheNameDoNotCount() {
		assertThat(POLICY.brokenBy("zebra-kettle-lamp-ox", "ox@ex.co", "Al Ox")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "password1234", "drowssap1234", "qwertyuiopasdf", "1qaz2wsx3edc", "trustno1trustno1",
			"passwordpassword", "admin-password" })
	void breachedPasswordsThenCommon(String password) {
		assertThat(brokenBy(password)).contains(PasswordRule.COMMON);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abcdefghijkl", "aaaaaaaaaaaa", "123456789012", "P4ssw0rd1234", "mypassword123",
			"sunshine2024!", "benchmark-password" })
	void patternsAndCommonPiecesThenGuessable(String password) {
		assertThat(brokenBy(password)).contains(PasswordRule.GUESSABLE);
	}

	@Test
	void requireNamesTheRuleInTheException() {
		assertThatExceptionOfType(PasswordRefusedException.class)
			.isThrownBy(() -> POLICY.require("password1234", EMAIL, NAME))
			.satisfies((ex) -> assertThat(ex.rule()).isEqualTo(PasswordRule.COMMON))
			.withMessageContaining("commonly used or breached");
	}

	@Test
	void noPasswordBreaksNoRule() {
		assertThat(brokenBy(null)).isEmpty();
	}

	private static Optional<PasswordRule> brokenBy(String password) {
		return POLICY.brokenBy(password, EMAIL, NAME);
	}

}
