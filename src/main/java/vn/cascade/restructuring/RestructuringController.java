package vn.cascade.restructuring;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.organisation.Groups;
import vn.cascade.security.CurrentUser;

/** Administrators restructure the organisation: preview (dry run), schedule/apply, and read the audit. */
@RestController
@RequestMapping("/api/restructurings")
@Tag(name = "Sắp xếp đơn vị (restructuring)")
class RestructuringController {

  private final RestructuringService service;
  private final CurrentUser currentUser;

  RestructuringController(RestructuringService service, CurrentUser currentUser) {
    this.service = service;
    this.currentUser = currentUser;
  }

  @Operation(summary = "Xem trước (chạy thử): liệt kê mọi việc sẽ chuyển, không thay đổi gì")
  @PostMapping("/preview")
  public RestructuringService.Plan preview(@Valid @RequestBody RestructuringService.Request request) {
    requireAdmin();
    return service.preview(request);
  }

  @Operation(summary = "Ghi nhận và thực hiện vào ngày hiệu lực (hợp nhất, đổi tên, giải thể)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public RestructuringService.Plan schedule(@Valid @RequestBody RestructuringService.Request request) {
    requireAdmin();
    return service.schedule(request, currentUser.idOr("admin"));
  }

  @Operation(summary = "Trạng thái và nhật ký các việc đã chuyển")
  @GetMapping("/{id}")
  public RestructuringService.Plan audit(@PathVariable Long id) {
    requireAdmin();
    return service.audit(id);
  }

  private void requireAdmin() {
    if (!currentUser.isMemberOf(Groups.ADMINS)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị viên được sắp xếp đơn vị.");
    }
  }
}
