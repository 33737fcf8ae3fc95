package io.paddock.mail;

import java.util.Properties;

import io.paddock.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The configured mail sender gives up on a mail server that stops answering, so the
 * outbox sender is never blocked for good.
 */
class MailTimeoutsIT extends IntegrationTest {

	@Autowired
	JavaMailSenderImpl mailSender;

	@Test
	void smtpConnectReadAndWriteHaveTimeouts() {
		Properties properties = this.mailSender.getJavaMailProperties();
		for (String protocol : new String[] { "smtp", "smtps" }) {
			for (String timeout : new String[] { "connectiontimeout", "timeout", "writetimeout" }) {
				assertThat(properties.getProperty("mail." + protocol + "." + timeout)).as(protocol + " " + timeout)
					.isEqualTo("10000");
			}
		}
	}

}
