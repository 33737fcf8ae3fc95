package io.paddock.account.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.EmailTakenException;
import io.paddock.account.PasswordLinkPurpose;
import io.paddock.account.PasswordRefusedException;
import io.paddock.account.User;
import io.paddock.account.UserType;
import io.paddock.shared.Paging;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin-only Users page: list, add, disable and enable the instance's users.
 */
@Controller
@RequestMapping("/users")
class UsersController {

	private static final int PAGE_SIZE = 25;

	private final AccountService accounts;

	private final MessageSource messages;

	UsersController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@ModelAttribute("types")
	UserType[] types() {
		return UserType.values();
	}

	@GetMapping
	String list(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("form", NewUserForm.empty());
		addListing(actor, q, page, model);
		return "users/list";
	}

	@PostMapping
	String create(Actor actor, @Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (!result.hasErrors()) {
			try {
				User user = this.accounts.create(actor, form.toNewUser());
				String done = user.isActivated() ? "users.add.done" : "users.add.doneWithActivation";
				redirect.addFlashAttribute("notice",
						this.messages.getMessage(done, new Object[] { user.getEmail() }, locale));
				return "redirect:/users";
			}
			catch (EmailTakenException ex) {
				result.rejectValue("email", "taken", ex.getMessage());
			}
			catch (PasswordRefusedException ex) {
				result.rejectValue("password", ex.rule().messageKey());
			}
		}
		addListing(actor, "", 0, model);
		return "users/list";
	}

	@PostMapping("/{id}/disable")
	String disable(Actor actor, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			this.accounts.disable(actor, id);
			redirect.addFlashAttribute("notice", this.messages.getMessage("users.disable.done",
					new Object[] { this.accounts.get(id).getEmail() }, locale));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/users";
	}

	@PostMapping("/{id}/enable")
	String enable(Actor actor, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		this.accounts.enable(actor, id);
		redirect.addFlashAttribute("notice", this.messages.getMessage("users.enable.done",
				new Object[] { this.accounts.get(id).getEmail() }, locale));
		return "redirect:/users";
	}

	/**
	 * Mails the user an activation link (no password yet) or a password reset link.
	 */
	@PostMapping("/{id}/password-link")
	String sendPasswordLink(Actor actor, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			PasswordLinkPurpose purpose = this.accounts.sendPasswordLink(actor, id);
			String done = (purpose == PasswordLinkPurpose.ACTIVATION) ? "users.activation.sent" : "users.reset.sent";
			redirect.addFlashAttribute("notice",
					this.messages.getMessage(done, new Object[] { this.accounts.get(id).getEmail() }, locale));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		return "redirect:/users";
	}

	private void addListing(Actor actor, String query, int page, Model model) {
		model.addAttribute("q", query);
		model.addAttribute("users",
				Paging.within(Paging.of(page, PAGE_SIZE), (request) -> this.accounts.list(actor, query, request)));
	}

}
