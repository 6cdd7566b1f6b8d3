package vn.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Closes the Admin app's anonymous first-user setup ({@code /camunda/api/admin/setup/...}): on a fresh server whoever
 * got there first would become its administrator. The first administrator comes from the environment instead
 * ({@link FirstAdministrator}).
 */
class AdminSetupLock extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    Denials.engine(response, HttpServletResponse.SC_FORBIDDEN, "Không tạo quản trị viên qua trang này. Quản trị "
        + "viên đầu tiên được tạo từ biến môi trường CASCADE_ADMIN_ID và CASCADE_ADMIN_PASSWORD.");
  }
}
