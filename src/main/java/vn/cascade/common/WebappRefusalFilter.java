package vn.cascade.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist submits forms through the webapp's own engine API ({@code /camunda/api/engine/...}), whose error
 * handling wraps a refusal in English engine text ("Cannot submit task form ...: ENGINE-03051 ... TaskListener
 * ...") with status 500. This filter answers such a request with status 400 and only the Vietnamese message, which
 * Tasklist then shows on the form.
 */
@Configuration
class WebappRefusalFilter {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebappRefusalFilter.class);

  @Bean
  FilterRegistrationBean<HttpFilter> webappRefusals() {
    FilterRegistrationBean<HttpFilter> registration = new FilterRegistrationBean<>(new Filter());
    registration.setName("webapp-refusals");
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setOrder(20);
    return registration;
  }

  static class Filter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws IOException, ServletException {
      if ("GET".equals(request.getMethod())) {
        chain.doFilter(request, response);
        return;
      }
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      Refusals.open();
      try {
        chain.doFilter(request, wrapper);
        InvalidInputException refusal = Refusals.first();
        if (refusal != null && wrapper.getStatus() >= 400) {
          LOG.info("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), refusal.getMessage());
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("type", "InvalidInputException");
          body.put("message", refusal.getMessage());
          body.put("errors", refusal.errors());
          wrapper.resetBuffer();
          wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
          wrapper.setContentType("application/json;charset=UTF-8");
          wrapper.getOutputStream().write(JsonVariables.mapper().writeValueAsString(body)
              .getBytes(StandardCharsets.UTF_8));
        }
      } finally {
        Refusals.close();
        wrapper.copyBodyToResponse();
      }
    }
  }
}
