package io.paddock.workspace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WorkspaceNameTests {

	@ParameterizedTest
	@ValueSource(strings = { "imdb-workspace", "helper-demo-workspace-1", "a", "Aloha-Workspace", "x1" })
	void nameWhenDnsCompatibleThenAccepted(String name) {
		assertThat(new WorkspaceName(name).value()).isEqualTo(name);
	}

	@Test
	void nameWhenItHasADotThenRefusedNamingTheRuleAndTheDot() {
		assertThatExceptionOfType(InvalidWorkspaceNameException.class)
			.isThrownBy(() -> new WorkspaceName("imdb.workspace"))
			.withMessage("Workspace name must be DNS-compatible (ASCII alpha-numeric plus dash (-)): "
					+ "the dot '.' at position 5 is not allowed.");
	}

	@Test
	void nameWhenItHasAnUnderscoreThenRefusedNamingTheUnderscore() {
		assertThatExceptionOfType(InvalidWorkspaceNameException.class)
			.isThrownBy(() -> new WorkspaceName("imdb_workspace"))
			.withMessageContaining("must be DNS-compatible (ASCII alpha-numeric plus dash (-))")
			.withMessageContaining("the underscore '_' at position 5");
	}

	@Test
	void nameWhenItHasASpaceOrNonAsciiThenRefused() {
		assertThatExceptionOfType(InvalidWorkspaceNameException.class)
			.isThrownBy(() -> new WorkspaceName("my workspace"))
			.withMessageContaining("a space at position 3");
		assertThatExceptionOfType(InvalidWorkspaceNameException.class).isThrownBy(() -> new WorkspaceName("café"))
			.withMessageContaining("U+00E9 at position 4");
	}

	@Test
	void nameWhen63CharactersThenAcceptedAnd64Refused() {
		String longest = "a".repeat(63);
		assertThat(new WorkspaceName(longest).value()).hasSize(63);
		assertThatExceptionOfType(InvalidWorkspaceNameException.class)
			.isThrownBy(() -> new WorkspaceName(longest + "b"))
			.withMessageContaining("at most 63 characters, this one has 64");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1workspace", "-workspace" })
	void nameWhenItStartsWithDigitOrDashThenRefused(String name) {
		assertThatExceptionOfType(InvalidWorkspaceNameException.class).isThrownBy(() -> new WorkspaceName(name))
			.withMessageEndingWith("it must start with a letter.");
	}

	@Test
	void nameWhenItEndsWithDashThenRefused() {
		assertThatExceptionOfType(InvalidWorkspaceNameException.class).isThrownBy(() -> new WorkspaceName("workspace-"))
			.withMessageEndingWith("it must end with a letter or digit.");
	}

	@Test
	void nameWhenEmptyThenRefusedAsRequired() {
		assertThatExceptionOfType(InvalidWorkspaceNameException.class).isThrownBy(() -> new WorkspaceName(""))
			.withMessage("Workspace name is required.");
	}

	@Test
	void namesDifferingOnlyInCaseShareOneKey() {
		assertThat(WorkspaceName.keyOf("IMDB-Workspace")).isEqualTo(WorkspaceName.keyOf("imdb-workspace"));
	}

}
