package io.paddock.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/**
	 * The longest wait the page repeats from its address, a week in minutes; anything
	 * else there reads as an ordinary refused sign-in.
	 */
	private static final int LONGEST_WAIT_MINUTES = 7 * 24 * 60;

	/**
	 * The sign-in page; after a refused attempt ({@code ?error}) it says why: a throttled
	 * attempt ({@code &wait=N}) says how many minutes to wait, any other "wrong email or
	 * password".
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
		if (wait != null && wait.matches("[1-9][0-9]{0,4}") && Integer.parseInt(wait) <= LONGEST_WAIT_MINUTES) {
			model.addAttribute("throttledMinutes", Integer.parseInt(wait));
		}
		return "login";
	}

}
