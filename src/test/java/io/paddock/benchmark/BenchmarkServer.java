package io.paddock.benchmark;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.paddock.PaddockApplication;
import io.paddock.support.StatementCounter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The application as the benchmark runs it in its own JVM: Paddock itself, plus a filter
 * that answers how many SQL statements Hibernate prepared for each request.
 */
public final class BenchmarkServer {

	static final String STATEMENTS_HEADER = "Paddock-Statements";

	static final String STATEMENT_INSPECTOR = "--spring.jpa.properties.hibernate.session_factory.statement_inspector="
			+ StatementCounter.class.getName();

	private BenchmarkServer() {
	}

	public static void main(String[] args) {
		SpringApplication.from(PaddockApplication::main).with(StatementHeader.class).run(args);
	}

	/**
	 * Registers {@link StatementCountFilter} ahead of every other filter, security
	 * included. Not a component, so that no component scan picks it up.
	 */
	static class StatementHeader {

		@Bean
		FilterRegistrationBean<StatementCountFilter> statementCountFilter() {
			FilterRegistrationBean<StatementCountFilter> registration = new FilterRegistrationBean<>(
					new StatementCountFilter());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

	/**
	 * Counts the statements of the whole request on its thread and sends the count in a
	 * header; the body is held back until then, so statements run while the page renders
	 * are counted too.
	 */
	static class StatementCountFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
			StatementCounter.reset();
			chain.doFilter(request, held);
			held.setHeader(STATEMENTS_HEADER, Long.toString(StatementCounter.count()));
			held.copyBodyToResponse();
		}

	}

}
