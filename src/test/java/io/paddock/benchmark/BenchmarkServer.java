package io.paddock.benchmark;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import io.paddock.PaddockApplication;
import io.paddock.support.StatementCounter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

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
	 * Counts the statements of a request on its thread and sends the count in a header,
	 * set when the body starts: pages are rendered into a buffer before they are written,
	 * so statements run while a page renders are counted too.
	 */
	static class StatementCountFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			StatementCounter.reset();
			chain.doFilter(request, new HttpServletResponseWrapper(response) {

				@Override
				public PrintWriter getWriter() throws IOException {
					count();
					return super.getWriter();
				}

				@Override
				public ServletOutputStream getOutputStream() throws IOException {
					count();
					return super.getOutputStream();
				}

				private void count() {
					if (!isCommitted()) {
						setHeader(STATEMENTS_HEADER, Long.toString(StatementCounter.count()));
					}
				}

			});
		}

	}

}
