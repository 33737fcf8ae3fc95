package io.paddock.account.web;

import io.paddock.account.SignInThrottledException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.SessionAttribute;

@Controller
class LoginController {

	/**
	 * The sign-in page; after a refused attempt ({@code ?error}) it says why: a throttled
	 * attempt says how long to wait, any other "wrong email or password".
	 */
	@GetMapping("/login")
	String login(@SessionAttribute(name = WebAttributes.AUTHENTICATION_EXCEPTION,
			required = false) AuthenticationException failure, Model model) {
		if (failure instanceof SignInThrottledException throttled) {
			model.addAttribute("throttled", throttled.getMessage());
		}
		return "login";
	}

}
