package io.paddock.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created when the instance starts with no users.
 *
 * @param email the admin's email (sign-in name)
 * @param password the admin's password, at most {@value PasswordLimits#MAX_BYTES} bytes
 * in UTF-8; when blank a random one is generated and logged once
 */
@ConfigurationProperties("paddock.admin")
public record AdminProperties(@DefaultValue("admin@example.com") String email, String password) {

	public AdminProperties {
		PasswordLimits.requireFits(password, "paddock.admin.password");
	}

}
