package io.paddock.account.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import io.paddock.account.PasswordLimits;

/**
 * The password is short enough in UTF-8 bytes for its hash to cover all of it.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordFits.Validator.class)
@interface PasswordFits {

	String message() default "{users.password.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PasswordFits, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			return PasswordLimits.fits(password);
		}

	}

}
