package io.paddock.mail;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public address of this instance, from which every link in an email is built (never
 * from the Host header of a request).
 *
 * @param publicUrl the address people use to reach this instance
 */
@ConfigurationProperties("paddock")
public record InstanceProperties(@DefaultValue("http://localhost:8080") URI publicUrl) {

	public String link(String path) {
		String base = this.publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
