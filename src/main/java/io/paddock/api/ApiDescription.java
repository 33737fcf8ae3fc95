package io.paddock.api;

import io.paddock.account.Actor;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Configuration;

/**
 * The title and the authentication of the OpenAPI document at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
		info = @Info(title = "Paddock API", version = "v1",
				description = "The SDK's workspace operations. Authenticate with a token from the API Tokens page."),
		security = @SecurityRequirement(name = "token"))
@SecurityScheme(name = "token", type = SecuritySchemeType.HTTP, scheme = "bearer")
class ApiDescription {

	static {
		// The signed-in user is resolved from the token, not sent by the caller.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

}
