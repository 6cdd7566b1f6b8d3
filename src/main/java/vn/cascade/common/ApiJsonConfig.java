package vn.cascade.common;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Strict types for Cascade's API bodies (Spring's ObjectMapper; Camunda's REST API and the process variables use
 * their own): Jackson by default turns {@code true} or {@code 5} sent for a text field into the text "true" or "5",
 * and {@code 2.7} for a whole number into 2. Refused instead, with the field named (ApiExceptionHandler).
 */
@Configuration
class ApiJsonConfig implements WebMvcConfigurer {

  /**
   * Spring MVC answers in JSON whatever the client's Accept header says. Negotiated, an Accept that JSON does not
   * satisfy (text/html, application/xml) failed only after the controller had run: a directive was registered and
   * the client got a 406 or a 500 naming the response's class.
   */
  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
    configurer.ignoreAcceptHeader(true).defaultContentType(MediaType.APPLICATION_JSON);
  }

  @Bean
  Jackson2ObjectMapperBuilderCustomizer strictScalarTypes() {
    return builder -> builder.postConfigurer(mapper -> {
      mapper.coercionConfigFor(LogicalType.Textual)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Integer)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
      mapper.coercionConfigFor(LogicalType.Boolean)
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    });
  }
}
