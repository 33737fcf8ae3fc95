package io.paddock.shared;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class NoticesTests {

	private final Notices notices = new Notices(messages());

	@Test
	void actionThatSucceedsThenItsNoticeKeyResolvedWithItsArguments() {
		ActionResult result = this.notices.run(IllegalArgumentException.class,
				() -> new Notice("members.remove.done", "ana@example.com"));
		ExtendedModelMap model = new ExtendedModelMap();
		result.addTo(model, "members");

		assertThat(model).containsEntry("membersNotice", "ana@example.com was removed.");
	}

	@Test
	void actionRefusedThenTheRefusalsMessageUnresolved() {
		ActionResult result = this.notices.run(IllegalArgumentException.class, () -> {
			throw new IllegalArgumentException("Last owner of a workspace cannot be removed");
		});

		assertThat(result.problem()).isEqualTo("Last owner of a workspace cannot be removed");
	}

	@Test
	void refusalByKeyThenResolvedAsProblem() {
		assertThat(this.notices.refused("invite.ownersNotSelected").problem()).isEqualTo("Select the user first.");
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("members.remove.done", Locale.getDefault(), "{0} was removed.");
		messages.addMessage("invite.ownersNotSelected", Locale.getDefault(), "Select the user first.");
		return messages;
	}

}
