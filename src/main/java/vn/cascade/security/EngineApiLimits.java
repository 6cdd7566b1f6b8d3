package vn.cascade.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.cascade.organisation.Groups;

/**
 * Throwing a signal, correlating a message and executing a job are for the administrators only, on
 * {@code /engine-rest} and on the webapps' engine API alike. Cascade correlates the messages its processes wait for
 * itself (the last unit's completion, an extension request through {@code /api}); a signal with no subscription
 * passes every authorization check, since the engine checks only the instances it reaches. A job executed through
 * the API by a user without the right is worse than refused: the engine registers the job for its failure handling
 * before it checks the user's UPDATE permission, so the refusal is recorded as the job's failure ("user ... does not
 * have UPDATE permission on ProcessInstance"), its retries count down and an incident stops it, e.g. the daily
 * deadline check of the user's own assignment, whose jobs the unit can list. Jobs run as the engine, by its job
 * executor. Processes are started through their start forms ({@code submit-form}, checked against the form like a
 * task's: {@link FormContracts#checkStart}) or Cascade's API, not with arbitrary variables through {@code start}. Everything else a unit's user may not
 * do on the engine's API (variables of instances and executions, modification, jobs, incidents) is refused by
 * Camunda's authorizations ({@link AccessPolicy}) and by the form contract of tasks ({@link FormContracts}). Engine-wide
 * figures (process definition statistics count every unit's instances; the engine's metrics) are for overseers.
 */
class EngineApiLimits extends HttpFilter {

  private static final Pattern ADMIN_ONLY = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(signal|message|job/[^/]+/execute"
          + "|process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/start)(/.*)?$");

  /** Figures over every unit's work: for the overseers (Cockpit) and administrators, not for a unit's users. */
  private static final Pattern ENGINE_WIDE = Pattern.compile(
      "^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(process-definition(/key/[^/]+(/tenant-id/[^/]+)?|/[^/]+)?"
          + "/statistics|metrics)(/.*)?$");

  private final transient IdentityService identityService;

  EngineApiLimits(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"GET".equals(request.getMethod()) && ADMIN_ONLY.matcher(path).matches() && !isAdmin(request)) {
      Denials.engine(response, HttpServletResponse.SC_FORBIDDEN, "Thao tác này chỉ dành cho quản trị viên: gửi tín "
          + "hiệu (signal) hay thông điệp (message), tự chạy công việc (job), khởi tạo quy trình không qua biểu mẫu.");
      return;
    }
    if (ENGINE_WIDE.matcher(path).matches() && !Groups.isOverseer(groups(request))) {
      Denials.engine(response, HttpServletResponse.SC_FORBIDDEN, "Số liệu tổng hợp của mọi đơn vị chỉ dành cho lãnh "
          + "đạo tỉnh, Sở Tài chính (theo dõi) và quản trị viên.");
      return;
    }
    chain.doFilter(request, response);
  }

  private boolean isAdmin(HttpServletRequest request) {
    return groups(request).contains(Groups.ADMINS);
  }

  /** The groups of the request's user: the engine API's authentication, or the webapps' session. */
  private List<String> groups(HttpServletRequest request) {
    Authentication current = identityService.getCurrentAuthentication();
    String userId = current != null ? current.getUserId() : ApiAuthenticationFilter.basicUser(identityService, request);
    if (userId == null) {
      userId = ApiAuthenticationFilter.sessionUser(request);
    }
    if (userId == null) {
      return List.of();
    }
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
  }
}
