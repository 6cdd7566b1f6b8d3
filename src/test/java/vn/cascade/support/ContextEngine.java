package vn.cascade.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Tests only: each test application context's REST APIs use that context's own engine. A test JVM holds several
 * contexts (with and without the job executor, on databases of their own), and Camunda's REST layer looks its
 * engine up in a JVM-wide registry by name, where the last context started as "default" wins: a test reusing an
 * older context would talk, through {@code /engine-rest}, to another context's engine and database. A filter of each
 * context hands the request's thread its engine; this provider (listed in META-INF/services ahead of the starter's,
 * test classes coming first on the class path) answers with it. An application runs one context and needs neither.
 */
@Configuration
public class ContextEngine implements ProcessEngineProvider {

  private static final ThreadLocal<ProcessEngine> CURRENT = new ThreadLocal<>();

  @Bean
  FilterRegistrationBean<HttpFilter> contextEngineFilter(ProcessEngine engine) {
    FilterRegistrationBean<HttpFilter> registration = new FilterRegistrationBean<>(new HttpFilter() {
      @Override
      protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        ProcessEngine previous = CURRENT.get();
        CURRENT.set(engine);
        try {
          chain.doFilter(request, response);
        } finally {
          CURRENT.set(previous);
        }
      }
    });
    registration.setName("test-context-engine");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Override
  public ProcessEngine getDefaultProcessEngine() {
    ProcessEngine current = CURRENT.get();
    return current != null ? current : ProcessEngines.getDefaultProcessEngine();
  }

  @Override
  public ProcessEngine getProcessEngine(String name) {
    ProcessEngine current = CURRENT.get();
    return current != null && current.getName().equals(name) ? current : ProcessEngines.getProcessEngine(name);
  }

  @Override
  public Set<String> getProcessEngineNames() {
    return ProcessEngines.getProcessEngines().keySet();
  }
}
