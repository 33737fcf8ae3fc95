package io.paddock.mail.web;

import io.paddock.account.Actor;
import io.paddock.mail.Outbox;
import io.paddock.shared.Paging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin-only Outbox: every email Paddock wrote, its delivery status, and its content.
 */
@Controller
@RequestMapping("/outbox")
class OutboxController {

	private static final int PAGE_SIZE = 25;

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	OutboxController(Outbox outbox, ObjectProvider<JavaMailSender> mailSender) {
		this.outbox = outbox;
		this.mailSender = mailSender;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("messages",
				Paging.within(Paging.of(page, PAGE_SIZE), (request) -> this.outbox.list(actor, request)));
		model.addAttribute("mailServer", this.mailSender.getIfAvailable() != null);
		return "outbox/list";
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("message", this.outbox.get(actor, id));
		model.addAttribute("mailServer", this.mailSender.getIfAvailable() != null);
		return "outbox/show";
	}

}
