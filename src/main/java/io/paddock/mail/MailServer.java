package io.paddock.mail;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The SMTP server that {@code spring.mail.host} names; while none is named, emails wait
 * in the outbox.
 */
@Component
public class MailServer {

	private final JavaMailSender sender;

	private final boolean named;

	MailServer(JavaMailSender sender, @Value("${spring.mail.host:}") String host) {
		this.sender = sender;
		this.named = StringUtils.hasText(host);
	}

	public boolean named() {
		return this.named;
	}

	Optional<JavaMailSender> sender() {
		return this.named ? Optional.of(this.sender) : Optional.empty();
	}

}
