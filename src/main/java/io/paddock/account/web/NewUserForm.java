package io.paddock.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.paddock.account.NewUser;
import io.paddock.account.UserType;

/**
 * The Add user form of the Users page; without a password the user gets an activation
 * email to set their own.
 */
record NewUserForm(
		@NotBlank(message = "{users.email.required}") @Email(message = "{users.email.invalid}") @Size(
				max = 320) String email,
		@NotBlank(message = "{users.name.required}") @Size(max = 200,
				message = "{users.name.tooLong}") String displayName,
		@NotNull(message = "{users.type.required}") UserType type, @PasswordFits String password) {

	static NewUserForm empty() {
		return new NewUserForm("", "", UserType.USER, "");
	}

	NewUser toNewUser() {
		return new NewUser(this.email, this.displayName, this.type, this.password);
	}

}
