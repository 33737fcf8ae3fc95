package io.paddock.mail;

import java.util.Set;

import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

	/**
	 * Resolves the plain-text parts of emails ({@code templates/mail/text/*.txt}); the
	 * HTML parts use the standard resolver.
	 */
	@Bean
	ClassLoaderTemplateResolver mailTextTemplateResolver() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setResolvablePatterns(Set.of("mail/text/*"));
		resolver.setCheckExistence(true);
		resolver.setOrder(1);
		return resolver;
	}

}
