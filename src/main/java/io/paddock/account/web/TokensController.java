package io.paddock.account.web;

import java.util.Locale;
import java.util.UUID;

import io.paddock.account.Actor;
import io.paddock.account.ApiTokenService;
import io.paddock.account.ApiTokenService.CreatedToken;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API Tokens: each user creates and revokes their own tokens for the HTTP API.
 */
@Controller
@RequestMapping("/tokens")
class TokensController {

	private final ApiTokenService tokens;

	private final MessageSource messages;

	TokensController(ApiTokenService tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("form", TokenForm.empty());
		return listPage(actor, model);
	}

	@PostMapping
	String create(Actor actor, @ModelAttribute("form") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!form.nameFits()) {
			result.rejectValue("name", "tokens.name.invalid", new Object[] { TokenForm.MAX_NAME }, null);
			return listPage(actor, model);
		}
		CreatedToken created = this.tokens.create(actor, form.name());
		redirect.addFlashAttribute("created", created.value());
		redirect.addFlashAttribute("createdName", created.token().getName());
		return "redirect:/tokens";
	}

	@PostMapping("/{id}/revocation")
	String revoke(Actor actor, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		String name = this.tokens.revoke(actor, id).getName();
		redirect.addFlashAttribute("notice",
				this.messages.getMessage("tokens.revoke.done", new Object[] { name }, locale));
		return "redirect:/tokens";
	}

	private String listPage(Actor actor, Model model) {
		model.addAttribute("tokens", this.tokens.list(actor));
		return "tokens/list";
	}

}
