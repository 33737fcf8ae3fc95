package io.paddock.api;

import java.util.Map;

import io.paddock.account.Actor;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
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

	/**
	 * Refusals any operation can answer, as problem details; operations declare their own
	 * success and their particular refusals.
	 */
	private static final Map<String, String> COMMON_PROBLEMS = Map.of("400", "Bad input; the detail says which", "401",
			"No valid API token", "404", "No such workspace (or not one the caller can see), user or item");

	static {
		// The signed-in user is resolved from the token, not sent by the caller.
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	@Bean
	OpenApiCustomizer commonProblems() {
		return (openApi) -> openApi.getPaths()
			.values()
			.forEach((path) -> path.readOperations()
				.forEach((operation) -> COMMON_PROBLEMS.forEach((status, description) -> operation.getResponses()
					.computeIfAbsent(status, (key) -> new ApiResponse().description(description)
						.content(new Content().addMediaType("application/problem+json", new MediaType()))))));
	}

}
