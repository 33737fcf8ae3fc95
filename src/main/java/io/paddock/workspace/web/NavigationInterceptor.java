package io.paddock.workspace.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.account.SignedInUser;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Adds the navigation panel, and the page's path that marks the current link of the top
 * bar, to every full dashboard page a signed-in user sees (not to redirects, htmx
 * fragments or API responses).
 */
@Configuration(proxyBeanMethods = false)
class NavigationInterceptor implements HandlerInterceptor, WebMvcConfigurer {

	private final Navigation navigation;

	NavigationInterceptor(Navigation navigation) {
		this.navigation = navigation;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/api/**", "/login", "/error");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView == null || modelAndView.getViewName() == null
				|| modelAndView.getModel().containsKey("navigation")) {
			return;
		}
		String view = modelAndView.getViewName();
		if (view.startsWith("redirect:") || view.contains("::")) {
			return;
		}
		SignedInUser.currentActor().ifPresent((actor) -> {
			modelAndView.addObject("navigation", this.navigation.of(actor, ""));
			modelAndView.addObject("currentPath", request.getServletPath());
		});
	}

}
