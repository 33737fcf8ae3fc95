package io.paddock.shared;

import java.util.function.Supplier;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a dashboard action says afterwards: its notice when it succeeded, or the message
 * of the refusal it threw. The plain handler flashes it before redirecting, the htmx
 * handler adds it to the model of the fragment it returns; both under the same names,
 * which the alerts fragment shows.
 */
public record ActionResult(String notice, String problem) {

	/**
	 * Runs the action, which answers its notice; a refusal of the given type becomes the
	 * problem, anything else propagates.
	 */
	public static ActionResult of(Class<? extends RuntimeException> refusal, Supplier<String> action) {
		try {
			return new ActionResult(action.get(), null);
		}
		catch (RuntimeException ex) {
			if (refusal.isInstance(ex)) {
				return new ActionResult(null, ex.getMessage());
			}
			throw ex;
		}
	}

	public boolean succeeded() {
		return this.problem == null;
	}

	/**
	 * Flashes the notice or problem, named {@code notice} and {@code problem} after the
	 * prefix (e.g. {@code membersNotice} for the prefix {@code members}).
	 */
	public void flash(RedirectAttributes redirect, String prefix) {
		redirect.addFlashAttribute(name(prefix), message());
	}

	/**
	 * Adds the notice or problem to the model, named as {@link #flash} names them.
	 */
	public void addTo(Model model, String prefix) {
		model.addAttribute(name(prefix), message());
	}

	private String message() {
		return succeeded() ? this.notice : this.problem;
	}

	private String name(String prefix) {
		String kind = succeeded() ? "notice" : "problem";
		return prefix.isEmpty() ? kind : prefix + Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
	}

}
