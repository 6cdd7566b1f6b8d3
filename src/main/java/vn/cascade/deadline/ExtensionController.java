package vn.cascade.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.security.CurrentUser;

/** Extension requests of an assignment: a unit asks; the answer comes through the "Xét đề nghị gia hạn" task. */
@RestController
@RequestMapping("/api/assignments/{assignmentId}/extension-requests")
@Tag(name = "Gia hạn (extensions)")
class ExtensionController {

  private final ExtensionService extensions;
  private final ExtensionRequestRepository requests;
  private final AssignmentRepository assignments;
  private final CurrentUser currentUser;

  ExtensionController(ExtensionService extensions, ExtensionRequestRepository requests,
      AssignmentRepository assignments, CurrentUser currentUser) {
    this.extensions = extensions;
    this.requests = requests;
    this.assignments = assignments;
    this.currentUser = currentUser;
  }

  /** {@code proposedDate} (yyyy-MM-dd) or {@code workingDays} (số ngày làm việc, counted from the current due date). */
  record Request(
      @Size(max = 4000, message = "Lý do xin gia hạn dài quá {max} ký tự.") String reason,
      @Size(max = 30, message = "Thời hạn đề nghị không đúng định dạng ngày (ví dụ 2026-12-31).") String proposedDate,
      @Min(value = 1, message = "Số ngày làm việc xin gia hạn phải từ {value} trở lên.") Integer workingDays) {}

  @Operation(summary = "Xin gia hạn nhiệm vụ (lý do và thời hạn đề nghị, hoặc số ngày làm việc)")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  public ExtensionRequest request(@PathVariable Long assignmentId, @Valid @RequestBody Request request) {
    if (!assignments.existsById(assignmentId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy nhiệm vụ.");
    }
    return extensions.request(assignmentId, request.reason(), request.proposedDate(), request.workingDays());
  }

  @Operation(summary = "Lịch sử xin gia hạn của nhiệm vụ")
  @GetMapping
  public List<ExtensionRequest> history(@PathVariable Long assignmentId) {
    var assignment = assignments.findById(assignmentId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy nhiệm vụ."));
    if (!currentUser.isOverseer() && !currentUser.unitCode().filter(assignment.getUnitCode()::equals).isPresent()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền xem nhiệm vụ này.");
    }
    return requests.findByAssignmentIdOrderById(assignmentId);
  }
}
