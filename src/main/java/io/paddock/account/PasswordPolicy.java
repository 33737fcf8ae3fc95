package io.paddock.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.SeparatorMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.scoring.Result;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What a password must be (NIST SP 800-63B): the {@link PasswordLimits length rules}, not
 * the user's email or name, not a commonly used or breached password, and not guessable
 * from such passwords, words, names, dates and keyboard patterns. The last two are judged
 * by nbvcxz with its dictionaries (passwords from breaches, English words, names);
 * loading them takes a second or two, so there is one policy per application, and they
 * are loaded once the application is ready (not while it starts), or at the first
 * password checked before that.
 */
@Component
public class PasswordPolicy {

	/**
	 * Below this many bits of entropy (about a million guesses) nbvcxz finds a password
	 * guessable.
	 */
	static final double MIN_ENTROPY_BITS = 20;

	private static final String BREACHED_PASSWORDS = "passwords";

	private static final int MIN_PERSONAL_PART = 3;

	private final SingletonSupplier<Nbvcxz> estimator = SingletonSupplier
		.of(() -> new Nbvcxz(new ConfigurationBuilder().setMinimumEntropy(MIN_ENTROPY_BITS).createConfiguration()));

	@EventListener(ApplicationReadyEvent.class)
	void loadDictionaries() {
		CompletableFuture.runAsync(this.estimator::obtain);
	}

	/**
	 * The first rule the password breaks for the user with this email and name, if any.
	 */
	public Optional<PasswordRule> brokenBy(String password, String email, String name) {
		Optional<PasswordRule> length = PasswordLimits.brokenBy(password);
		if (password == null || length.isPresent()) {
			return length;
		}
		String folded = fold(password);
		if (containsEmail(folded, email)) {
			return Optional.of(PasswordRule.CONTAINS_EMAIL);
		}
		if (containsName(folded, name)) {
			return Optional.of(PasswordRule.CONTAINS_NAME);
		}
		Result estimate = this.estimator.obtain().estimate(password);
		if (isBreached(estimate)) {
			return Optional.of(PasswordRule.COMMON);
		}
		if (!estimate.isMinimumEntropyMet()) {
			return Optional.of(PasswordRule.GUESSABLE);
		}
		return Optional.empty();
	}

	/**
	 * Throws {@link PasswordRefusedException} naming the first rule the password breaks.
	 */
	public void require(String password, String email, String name) {
		brokenBy(password, email, name).ifPresent((rule) -> {
			throw new PasswordRefusedException(rule, "Password refused: " + rule.describe());
		});
	}

	/**
	 * Whether the password is made only of breached passwords (and separators), such as
	 * {@code password1234} or {@code trustno1trustno1}, leet and reversed forms included.
	 */
	private static boolean isBreached(Result estimate) {
		boolean breached = false;
		for (Match match : estimate.getMatches()) {
			if (match instanceof DictionaryMatch dictionary
					&& BREACHED_PASSWORDS.equals(dictionary.getDictionaryName())) {
				breached = true;
			}
			else if (!(match instanceof SeparatorMatch)) {
				return false;
			}
		}
		return breached;
	}

	private static boolean containsEmail(String password, String email) {
		if (email == null || email.isBlank()) {
			return false;
		}
		String folded = fold(email.strip());
		int at = folded.lastIndexOf('@');
		String localPart = (at > 0) ? folded.substring(0, at) : folded;
		return password.contains(folded) || (localPart.length() >= MIN_PERSONAL_PART && password.contains(localPart));
	}

	/**
	 * Whether the password contains the whole name or one of its words of at least
	 * {@value #MIN_PERSONAL_PART} letters.
	 */
	private static boolean containsName(String password, String name) {
		if (name == null || name.isBlank()) {
			return false;
		}
		String folded = fold(name.strip());
		return password.contains(folded) || Arrays.stream(folded.split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> word.length() >= MIN_PERSONAL_PART)
			.anyMatch(password::contains);
	}

	private static String fold(String text) {
		return text.toLowerCase(Locale.ROOT);
	}

}
