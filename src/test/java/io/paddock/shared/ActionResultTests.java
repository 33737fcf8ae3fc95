package io.paddock.shared;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.ui.ExtendedModelMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ActionResultTests {

	@Test
	void actionThatSucceedsThenItsNoticeUnderThePrefixedName() {
		ActionResult result = ActionResult.of(IllegalArgumentException.class, () -> "Done.");
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		result.flash(redirect, "members");
		ExtendedModelMap model = new ExtendedModelMap();
		result.addTo(model, "");

		assertThat(result.succeeded()).isTrue();
		assertThat(redirect.getFlashAttributes()).isEqualTo(Map.of("membersNotice", "Done."));
		assertThat(model).isEqualTo(Map.of("notice", "Done."));
	}

	@Test
	void actionRefusedThenTheRefusalsMessageAsProblem() {
		ActionResult result = ActionResult.of(IllegalArgumentException.class, () -> {
			throw new IllegalArgumentException("Last owner of a workspace cannot be removed");
		});
		RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
		result.flash(redirect, "members");

		assertThat(result.succeeded()).isFalse();
		assertThat(redirect.getFlashAttributes())
			.isEqualTo(Map.of("membersProblem", "Last owner of a workspace cannot be removed"));
	}

	@Test
	void actionFailingOtherwiseThenTheFailurePropagates() {
		assertThatIllegalStateException().isThrownBy(() -> ActionResult.of(IllegalArgumentException.class, () -> {
			throw new IllegalStateException("broken");
		}));
	}

}
