package io.paddock.account.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The Change password form of the Account page.
 */
record ChangePasswordForm(@NotBlank(message = "{account.currentPassword.required}") String currentPassword,
		@NotBlank(message = "{password.required}") @PasswordFits String newPassword) {

	static ChangePasswordForm empty() {
		return new ChangePasswordForm("", "");
	}

}
