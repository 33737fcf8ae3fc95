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
import io.paddock.account.PasswordPolicy;

/**
 * The password keeps the {@link PasswordLimits length rules}; the message names the rule
 * it breaks. The rules that need the user or the dictionary are checked by the service
 * ({@link PasswordPolicy}), whose refusal the controller shows beside the same field.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordFits.Validator.class)
@interface PasswordFits {

	String message() default "{password.tooLong}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<PasswordFits, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			if (password == null || password.isEmpty()) {
				return true;
			}
			return PasswordLimits.brokenBy(password).map((rule) -> {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate("{" + rule.messageKey() + "}").addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
