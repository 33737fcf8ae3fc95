package io.paddock.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Replaces the container's error report (Boot's, or Tomcat's default) with
 * {@link ProblemErrorReportValve}, so refusals Tomcat makes on its own are problem
 * details under {@code /api} too. Runs after Boot's customizer, which adds its own.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

	@Bean
	WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReport() {
		return (factory) -> factory.addContextCustomizers((context) -> {
			Host host = (Host) context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve) {
					host.getPipeline().removeValve(valve);
				}
			}
			if (host instanceof StandardHost standard) {
				standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
			}
			host.getPipeline().addValve(new ProblemErrorReportValve());
		});
	}

}
