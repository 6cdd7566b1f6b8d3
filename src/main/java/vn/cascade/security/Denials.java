package vn.cascade.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cascade.common.JsonVariables;

/**
 * How the security filters refuse a request before it reaches an API: a JSON body in the format of the API it was
 * meant for, with a Vietnamese message — Camunda's ({@code type}, {@code message}) for the engine's APIs, Cascade's
 * ({@code status}, {@code message}, {@code errors}) for {@code /api} and the operators' endpoints.
 */
final class Denials {

  private Denials() {}

  /** Refused in the format of Camunda's engine APIs. */
  static void engine(HttpServletResponse response, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", message);
    write(response, status, body);
  }

  /** Refused in Cascade's error format. */
  static void cascade(HttpServletResponse response, int status, String message) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("message", message);
    body.put("errors", List.of());
    if (status == HttpServletResponse.SC_UNAUTHORIZED) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"cascade\"");
    }
    write(response, status, body);
  }

  private static void write(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(JsonVariables.mapper().writeValueAsBytes(body));
  }
}
