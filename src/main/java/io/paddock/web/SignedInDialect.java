package io.paddock.web;

import java.util.Set;

import io.paddock.account.Actor;
import io.paddock.account.SignedInUser;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Gives templates {@code ${#signedIn}}: the {@link Actor} of the signed-in user, or
 * {@code null} on a page seen signed out. Read from the security context once per
 * rendering, with no expression parsed and no bean looked up.
 */
@Component
class SignedInDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String SIGNED_IN = "signedIn";

	SignedInDialect() {
		super("paddock");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(SIGNED_IN);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return SignedInUser.currentActor().orElse(null);
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
