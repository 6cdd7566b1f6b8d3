package vn.cascade.common;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.filters.HttpHeaderSecurityFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Security headers on every response (Cascade's pages and API, {@code /engine-rest}, the Camunda webapps):
 * Tomcat's own {@link HttpHeaderSecurityFilter} sends {@code X-Content-Type-Options: nosniff},
 * {@code X-Frame-Options: DENY} (the Camunda webapps frame nothing, and send {@code frame-ancestors 'none'} in
 * their own Content-Security-Policy, which this leaves alone) and, on requests that came over TLS,
 * {@code Strict-Transport-Security}. Behind a TLS proxy, {@code server.forward-headers-strategy: native}
 * (application.yml) makes such requests secure from the proxy's {@code X-Forwarded-Proto}, so HSTS and the
 * session cookie's {@code Secure} flag follow. Tomcat's filter has no Referrer-Policy, and Cascade has no Spring
 * Security (whose header writers would take over authentication), so that one header is set here by hand.
 */
@Configuration
class WebHardening {

  static final String REFERRER_POLICY = "same-origin";

  @Bean
  FilterRegistrationBean<HttpHeaderSecurityFilter> securityHeaders() {
    FilterRegistrationBean<HttpHeaderSecurityFilter> registration =
        new FilterRegistrationBean<>(new HttpHeaderSecurityFilter());
    registration.setName("security-headers");
    registration.addUrlPatterns("/*");
    registration.addInitParameter("hstsEnabled", "true");
    registration.addInitParameter("hstsMaxAgeSeconds", "31536000");
    registration.addInitParameter("antiClickJackingEnabled", "true");
    registration.addInitParameter("antiClickJackingOption", "DENY");
    registration.addInitParameter("blockContentTypeSniffingEnabled", "true");
    registration.addInitParameter("xssProtectionEnabled", "false");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<HttpFilter> referrerPolicy() {
    FilterRegistrationBean<HttpFilter> registration = new FilterRegistrationBean<>(new HttpFilter() {
      @Override
      protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws IOException, ServletException {
        response.setHeader("Referrer-Policy", REFERRER_POLICY);
        chain.doFilter(request, response);
      }
    });
    registration.setName("referrer-policy");
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 11);
    return registration;
  }
}
