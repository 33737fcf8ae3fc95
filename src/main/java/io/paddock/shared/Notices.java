package io.paddock.shared;

import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place where dashboard actions' notices become text, in the request's locale.
 */
@Component
public class Notices {

	private final MessageSource messages;

	Notices(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * Runs the action, which answers its notice; a refusal of the given type becomes the
	 * problem, anything else propagates.
	 */
	public ActionResult run(Class<? extends RuntimeException> refusal, Supplier<Notice> action) {
		return ActionResult.of(refusal, () -> text(action.get()));
	}

	/** The result of an action that succeeded with the given notice. */
	public ActionResult done(String key, Object... args) {
		return new ActionResult(text(new Notice(key, args)), null);
	}

	/** The result of an action refused with the given message. */
	public ActionResult refused(String key, Object... args) {
		return new ActionResult(null, text(new Notice(key, args)));
	}

	private String text(Notice notice) {
		return this.messages.getMessage(notice.key(), notice.args(), LocaleContextHolder.getLocale());
	}

}
