package io.paddock.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves webjars under versionless URLs ({@code /webjars/htmx.org/dist/htmx.min.js}).
 * <p>
 * The resource chain is switched off for the rest of the application
 * ({@code spring.web.resources.chain.enabled=false}): with it on, every link a page
 * renders went through {@code ResourceUrlEncodingFilter} and a classpath lookup, because
 * the static path pattern {@code /**} matches every URL. Only this handler keeps a chain,
 * whose webjars resolver finds the version. Registered before Spring Boot's own
 * {@code /webjars/**} handler, which then stands aside.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebjarsConfiguration implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

}
