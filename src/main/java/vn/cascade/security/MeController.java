package vn.cascade.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cascade.organisation.OrganisationService;

/** Who is signed in, and (for pages that post on the Tasklist session) the session's CSRF token. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "Người dùng (me)")
class MeController {

  private final CurrentUser currentUser;
  private final OrganisationService organisation;

  MeController(CurrentUser currentUser, OrganisationService organisation) {
    this.currentUser = currentUser;
    this.organisation = organisation;
  }

  record Me(String userId, String name, String unitCode, List<String> groups, String csrfToken) {}

  @Operation(summary = "Người dùng hiện tại")
  @GetMapping
  public Me me(HttpServletRequest request) {
    String userId = currentUser.idOr(null);
    String token = request.getSession(false) == null ? null
        : ApiAuthenticationFilter.csrfToken(request.getSession(false));
    return new Me(userId, organisation.fullName(userId), currentUser.unitCode().orElse(null), currentUser.groups(),
        token);
  }
}
