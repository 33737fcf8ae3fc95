package io.paddock.account.web;

import jakarta.validation.Valid;

import io.paddock.account.PasswordLinkUnusableException;
import io.paddock.account.PasswordRefusedException;
import io.paddock.account.PasswordService;
import io.paddock.account.PasswordService.LinkCheck;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signed-out pages for setting a password: Forgot password? asks for a reset link, and
 * the page of an activation or reset link sets the password.
 */
@Controller
@RequestMapping("/password")
class PasswordLinksController {

	private final PasswordService passwords;

	PasswordLinksController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping("/forgot")
	String forgot() {
		return "password/forgot";
	}

	/**
	 * The same answer whether the email belongs to someone or not.
	 */
	@PostMapping("/forgot")
	String requestReset(@RequestParam(defaultValue = "") String email) {
		this.passwords.requestReset(email);
		return "redirect:/password/forgot?sent";
	}

	@GetMapping({ "/activation", "/reset" })
	String show(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("form", new SetPasswordForm(token, ""));
		return page(this.passwords.check(token), model);
	}

	@PostMapping({ "/activation", "/reset" })
	String set(@Valid @ModelAttribute("form") SetPasswordForm form, BindingResult result, Model model) {
		LinkCheck link = this.passwords.check(form.token());
		if (!result.hasErrors()) {
			try {
				this.passwords.setPassword(form.token(), form.password());
				return "redirect:/login?passwordSet";
			}
			catch (PasswordLinkUnusableException ex) {
				link = new LinkCheck(ex.state(), link.purpose(), link.email(), link.displayName());
			}
			catch (PasswordRefusedException ex) {
				result.rejectValue("password", ex.rule().messageKey());
			}
		}
		return page(link, model);
	}

	private static String page(LinkCheck link, Model model) {
		model.addAttribute("link", link);
		return "password/set";
	}

}
