package io.paddock.account.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The form of an activation or reset link's page: the link's token and the new password.
 */
record SetPasswordForm(String token, @NotBlank(message = "{password.required}") @PasswordFits String password) {

}
