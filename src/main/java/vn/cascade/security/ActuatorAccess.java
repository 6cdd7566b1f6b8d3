package vn.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import vn.cascade.organisation.Groups;

/**
 * Spring Boot Actuator for operators: {@code /actuator/health} (and its liveness and readiness groups) is open, for
 * load balancers and orchestrators; every other endpoint (metrics, Prometheus, info) needs an administrator
 * ({@code camunda-admin}) with HTTP Basic.
 */
class ActuatorAccess extends HttpFilter {

  private final transient IdentityService identity;

  ActuatorAccess(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/actuator/health") || path.startsWith("/actuator/health/")) {
      chain.doFilter(request, response);
      return;
    }
    String user = ApiAuthenticationFilter.basicUser(identity, request);
    if (user == null) {
      Denials.cascade(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập bằng tài khoản quản trị.");
    } else if (identity.createUserQuery().userId(user).memberOfGroup(Groups.ADMINS).count() == 0) {
      Denials.cascade(response, HttpServletResponse.SC_FORBIDDEN, "Chỉ quản trị viên xem được số liệu vận hành.");
    } else {
      chain.doFilter(request, response);
    }
  }
}
