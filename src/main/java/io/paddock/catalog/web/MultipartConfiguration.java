package io.paddock.catalog.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;

import io.paddock.catalog.StorageProperties;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Multipart limits follow {@code paddock.storage.max-upload-size}, so there is one
 * setting: a file may be that large, a request one megabyte more (for the other form
 * fields). Parts are spooled to disk from the first byte, never held in memory, in
 * {@code paddock.storage.spool-dir}, where the reconciler finds what a killed process
 * left. This replaces Boot's {@code spring.servlet.multipart.*} settings.
 */
@Configuration(proxyBeanMethods = false)
class MultipartConfiguration {

	@Bean
	MultipartConfigElement multipartConfigElement(StorageProperties storage) throws IOException {
		Path spool = Files.createDirectories(storage.spoolDir().toAbsolutePath().normalize());
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setLocation(spool.toString());
		factory.setMaxFileSize(storage.maxUploadSize());
		factory
			.setMaxRequestSize(DataSize.ofBytes(storage.maxUploadSize().toBytes() + DataSize.ofMegabytes(1).toBytes()));
		factory.setFileSizeThreshold(DataSize.ofBytes(0));
		return factory.createMultipartConfig();
	}

	/**
	 * Runs after the character-encoding filter and before Spring Security.
	 */
	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
		return registration;
	}

}
