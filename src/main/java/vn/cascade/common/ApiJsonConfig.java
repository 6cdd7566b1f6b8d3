package vn.cascade.common;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * JSON of Cascade's API. Strict types for its bodies (Spring's ObjectMapper; Camunda's REST API and the process
 * variables use their own): Jackson by default turns {@code true} or {@code 5} sent for a text field into the text
 * "true" or "5", and {@code 2.7} for a whole number into 2. Refused instead, with the field named
 * (ApiExceptionHandler).
 */
@Configuration
class ApiJsonConfig implements WebMvcConfigurer {

  /**
   * Cascade's API answers in JSON whatever the client's Accept header says (its errors too, on Spring Boot's error
   * page); other paths negotiate as usual. Negotiated, an Accept that JSON does not satisfy (text/html,
   * application/xml) failed only after the controller had run: a directive was registered and the client got a 406
   * or a 500 naming the response's class.
   */
  @Override
  public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
    HeaderContentNegotiationStrategy byHeader = new HeaderContentNegotiationStrategy();
    configurer.strategies(List.of(request -> isApi(request.getNativeRequest(HttpServletRequest.class))
        ? List.of(MediaType.APPLICATION_JSON) : byHeader.resolveMediaTypes(request)));
  }

  static boolean isApi(HttpServletRequest request) {
    if (request == null) {
      return false;
    }
    Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = original != null ? original.toString() : request.getRequestURI();
    return path.equals("/api") || path.startsWith("/api/");
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
