package vn.cascade.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Both REST APIs require authentication: Camunda's {@code /engine-rest} (which the starter leaves open) with
 * HTTP Basic, and Cascade's own {@code /api} with HTTP Basic or, for reads from Tasklist links, the signed-in
 * Camunda webapp session.
 */
@Configuration
class RestSecurityConfig {

  @Bean
  FilterRegistrationBean<Filter> engineRestAuthentication() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("engine-rest-authentication");
    registration.setFilter(new ProcessEngineAuthenticationFilter());
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> engineApiLimits(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("engine-api-limits");
    registration.setFilter(new EngineApiLimits(identityService));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
    registration.setOrder(12);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> adminSetupLock() {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("admin-setup-lock");
    registration.setFilter(new AdminSetupLock());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setOrder(1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> actuatorAccess(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("actuator-access");
    registration.setFilter(new ActuatorAccess(identityService));
    registration.addUrlPatterns("/actuator/*");
    registration.setOrder(13);
    return registration;
  }

  @Bean
  FilterRegistrationBean<Filter> apiAuthentication(IdentityService identityService) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>();
    registration.setName("api-authentication");
    registration.setFilter(new ApiAuthenticationFilter(identityService));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(11);
    return registration;
  }
}
