package vn.cascade.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.autoconfigure.security.oauth2.client.ConditionalOnOAuth2ClientRegistrationProperties;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without an OpenID Connect provider ({@link SingleSignOn} off), Camunda's own users sign in as they always did:
 * HTTP Basic on the REST APIs ({@link RestSecurityConfig}), the webapps' login page. Spring Security is on the
 * classpath only for single sign-on; here its servlet filter is not registered, so no request passes through it
 * (no generated login page, no OAuth2 endpoints, no default password).
 */
@Configuration
@Conditional(BuiltInSignIn.NoProvider.class)
class BuiltInSignIn {

  @Bean
  static BeanPostProcessor springSecurityFilterOff() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DelegatingFilterProxyRegistrationBean registration) {
          registration.setEnabled(false);
        }
        return bean;
      }
    };
  }

  static class NoProvider extends NoneNestedConditions {

    NoProvider() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnOAuth2ClientRegistrationProperties
    static class ProviderConfigured {}
  }
}
