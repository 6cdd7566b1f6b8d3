package vn.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * After single sign-on: the signed-in user must be a Camunda user of Cascade's organisation (their groups, hence
 * their unit and rights, are Cascade's). Someone the province's provider knows but Cascade does not is refused with a
 * Vietnamese message saying what to ask for, instead of a webapp that shows nothing or fails.
 */
class KnownUsers extends OncePerRequestFilter {

  private final IdentityService identityService;
  private final String userIdClaim;

  KnownUsers(IdentityService identityService, String userIdClaim) {
    this.identityService = identityService;
    this.userIdClaim = userIdClaim;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      chain.doFilter(request, response);
      return;
    }
    String userId = authentication.getName();
    if (userId == null || userId.isBlank()) {
      forget(request);
      SingleSignOn.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "Mã truy cập không có thông tin "
          + userIdClaim + " (tên người dùng Cascade).");
      return;
    }
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      forget(request);
      SingleSignOn.refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "Tài khoản «" + userId + "» đã được "
          + "hệ thống định danh của tỉnh xác thực nhưng chưa có trong Cascade. Đề nghị quản trị viên Cascade tạo "
          + "người dùng «" + userId + "» và đưa vào nhóm của đơn vị mình.");
      return;
    }
    chain.doFilter(request, response);
  }

  /** The refused sign-in is not kept: the next visit signs in again (perhaps with another account). */
  private static void forget(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  /** A small Vietnamese HTML page for the browser. */
  static void page(HttpServletResponse response, int status, String title, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>" + HtmlUtils.htmlEscape(title, "UTF-8")
        + " — Cascade</title></head><body><h1>" + HtmlUtils.htmlEscape(title, "UTF-8") + "</h1><p>"
        + HtmlUtils.htmlEscape(message, "UTF-8") + "</p><p><a href=\"/camunda/app/tasklist/\">Đăng nhập lại</a></p></body></html>";
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}
