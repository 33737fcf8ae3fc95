package io.paddock.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin, created when the instance starts with no users.
 *
 * @param email the admin's email (sign-in name)
 * @param password the admin's password, at least {@value PasswordLimits#MIN_CHARACTERS}
 * characters and at most {@value PasswordLimits#MAX_BYTES} bytes in UTF-8 (the whole
 * {@link PasswordPolicy} applies when the admin is created); when blank a random one is
 * generated and logged once
 */
@ConfigurationProperties("paddock.admin")
public record AdminProperties(@DefaultValue("admin@example.com") String email, String password) {

	public AdminProperties {
		if (password != null && !password.isBlank()) {
			PasswordLimits.requireFits(password, "paddock.admin.password");
		}
	}

}
