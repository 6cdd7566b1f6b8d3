package vn.cascade.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Both REST APIs require authentication: Camunda's {@code /engine-rest} (which the starter leaves open) with
 * HTTP Basic, and Cascade's own {@code /api} with HTTP Basic or, for reads from Tasklist links, the signed-in
 * Camunda webapp session. With single sign-on ({@link SingleSignOn}) both also take the provider's bearer tokens.
 */
@Configuration
class RestSecurityConfig {

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication(ObjectProvider<SingleSignOn> singleSignOn) {
    FilterRegistrationBean<Filter> registration = filter("engine-rest-authentication",
        new ProcessEngineAuthenticationFilter(), 10, "/engine-rest/*");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        singleSignOn.getIfAvailable() == null ? HttpBasicAuthenticationProvider.class.getName()
            : BearerOrBasicAuthenticationProvider.class.getName());
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> apiAuthentication(IdentityService identityService) {
    return filter("api-authentication", new ApiAuthenticationFilter(identityService), 11, "/api/*");
  }

  @Bean
  FilterRegistrationBean<Filter> engineApiLimits(IdentityService identityService) {
    return filter("engine-api-limits", new EngineApiLimits(identityService), 12, "/engine-rest/*",
        "/camunda/api/engine/*");
  }

  @Bean
  FilterRegistrationBean<Filter> actuatorAccess(IdentityService identityService) {
    return filter("actuator-access", new ActuatorAccess(identityService), 13, "/actuator/*");
  }

  @Bean
  FilterRegistrationBean<Filter> adminSetupLock() {
    return filter("admin-setup-lock", new AdminSetupLock(), 1, "/camunda/api/admin/setup/*");
  }

  private static FilterRegistrationBean<Filter> filter(String name, Filter filter, int order, String... urls) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urls);
    registration.setOrder(order);
    return registration;
  }
}
