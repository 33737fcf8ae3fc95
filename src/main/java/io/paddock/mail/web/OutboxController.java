package io.paddock.mail.web;

import io.paddock.account.Actor;
import io.paddock.mail.MailServer;
import io.paddock.mail.Outbox;
import io.paddock.shared.Paging;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin-only Outbox: every email Paddock wrote, its delivery status, and its content.
 * A message's HTML is shown as it was sent, in a sandboxed frame whose document comes
 * from {@code /outbox/{id}/preview} with a policy of its own: the email's inline styles
 * and nothing else (no scripts, no requests), framed only by this site. The dashboard's
 * own policy stays as strict as everywhere else.
 */
@Controller
@RequestMapping("/outbox")
class OutboxController {

	private static final int PAGE_SIZE = 25;

	static final String PREVIEW_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; "
			+ "sandbox allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

	private final Outbox outbox;

	private final MailServer mailServer;

	OutboxController(Outbox outbox, MailServer mailServer) {
		this.outbox = outbox;
		this.mailServer = mailServer;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("messages",
				Paging.within(Paging.of(page, PAGE_SIZE), (request) -> this.outbox.list(actor, request)));
		model.addAttribute("mailServer", this.mailServer.named());
		return "outbox/list";
	}

	@GetMapping("/{id}/preview")
	ResponseEntity<String> preview(Actor actor, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Content-Security-Policy", PREVIEW_POLICY)
			.cacheControl(CacheControl.noStore())
			.body(this.outbox.get(actor, id).getHtmlBodyForFrame());
	}

	@GetMapping("/{id}")
	String show(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("message", this.outbox.get(actor, id));
		model.addAttribute("mailServer", this.mailServer.named());
		return "outbox/show";
	}

}
