package io.paddock.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import io.paddock.account.AccountService;
import io.paddock.account.Actor;
import io.paddock.account.ApiTokenService;
import io.paddock.account.PasswordRefusedException;
import io.paddock.account.PasswordService;
import io.paddock.account.WrongPasswordException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Account page: who the signed-in user is, their password and their API tokens.
 */
@Controller
@RequestMapping("/account")
class AccountController {

	private final AccountService accounts;

	private final PasswordService passwords;

	private final ApiTokenService tokens;

	AccountController(AccountService accounts, PasswordService passwords, ApiTokenService tokens) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
	}

	@GetMapping
	String show(Actor actor, Model model) {
		model.addAttribute("form", ChangePasswordForm.empty());
		return page(actor, model);
	}

	/**
	 * Changes the password; the user's other sessions end, this one stays.
	 */
	@PostMapping("/password")
	String changePassword(Actor actor, @Valid @ModelAttribute("form") ChangePasswordForm form, BindingResult result,
			HttpSession session, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.passwords.changePassword(actor, form.currentPassword(), form.newPassword(), session.getId());
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:/account";
			}
			catch (WrongPasswordException ex) {
				result.rejectValue("currentPassword", "account.currentPassword.wrong");
			}
			catch (PasswordRefusedException ex) {
				result.rejectValue("newPassword", ex.rule().messageKey());
			}
		}
		return page(actor, model);
	}

	private String page(Actor actor, Model model) {
		model.addAttribute("user", this.accounts.get(actor.id()));
		model.addAttribute("tokens", this.tokens.list(actor));
		return "account/show";
	}

}
