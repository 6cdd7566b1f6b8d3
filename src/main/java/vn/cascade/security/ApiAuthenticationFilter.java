package vn.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Authenticates requests to {@code /api/*} against Camunda's identity service and sets the engine's current
 * authentication for the request, so authorization checks apply to everything the request does.
 * Accepts a bearer token of the single sign-on provider (checked before, by {@link SingleSignOn}), HTTP Basic, or
 * the session of a user signed in to Tasklist or Cockpit (links in task forms, the intake
 * page). A state-changing request on the session must carry the session's CSRF token in header
 * {@value #CSRF_HEADER} (synchronizer token, handed out by {@code GET /api/me}); without it only HTTP Basic counts.
 */
class ApiAuthenticationFilter extends HttpFilter {

  static final String CSRF_HEADER = "X-Cascade-CSRF";
  static final String CSRF_ATTRIBUTE = "cascade.csrf";

  private final transient IdentityService identityService;

  ApiAuthenticationFilter(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    // a bearer token checked by single sign-on's filter chain (SingleSignOn), which runs only for such requests
    String userId = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    if (userId == null) {
      userId = basicUser(identityService, request);
    }
    if (userId == null && ("GET".equals(request.getMethod()) || hasCsrfToken(request))) {
      userId = sessionUser(request);
    }
    if (userId == null) {
      Denials.cascade(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập (tên đăng nhập và mật khẩu).");
      return;
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
        .stream().map(Tenant::getId).toList();
    try {
      identityService.setAuthentication(userId, groups, tenants);
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The user whose HTTP Basic credentials the request carries and the identity service accepts, or null. */
  static String basicUser(IdentityService identityService, HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return null;
    }
    String user = decoded.substring(0, colon);
    return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
  }

  private static boolean hasCsrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CSRF_ATTRIBUTE);
    String given = request.getHeader(CSRF_HEADER);
    return expected != null && given != null && java.security.MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** The session's CSRF token, created on first use. */
  static String csrfToken(HttpSession session) {
    Object token = session.getAttribute(CSRF_ATTRIBUTE);
    if (token == null) {
      byte[] bytes = new byte[24];
      new java.security.SecureRandom().nextBytes(bytes);
      token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      session.setAttribute(CSRF_ATTRIBUTE, token);
    }
    return token.toString();
  }

  /** The user signed in to the Camunda webapps in this request's session, if any. */
  static String sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthentications().stream()
        .filter(UserAuthentication.class::isInstance)
        .map(a -> a.getIdentityId())
        .findFirst().orElse(null);
  }
}
