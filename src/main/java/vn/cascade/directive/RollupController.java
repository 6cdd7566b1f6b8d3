package vn.cascade.directive;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.assignment.Rollup;
import vn.cascade.security.CurrentUser;

/** For coordinators and provincial leaders: the whole cascade of a directive with the official counts. */
@RestController
@RequestMapping("/api/directives/{incomingId}/rollup")
@Tag(name = "Văn bản đến (directives)")
class RollupController {

  private final Rollup rollup;
  private final CurrentUser currentUser;
  private final IncomingDocumentRepository documents;

  RollupController(Rollup rollup, CurrentUser currentUser, IncomingDocumentRepository documents) {
    this.rollup = rollup;
    this.currentUser = currentUser;
    this.documents = documents;
  }

  @Operation(summary = "Cây giao nhiệm vụ của văn bản: trạng thái từng đơn vị; số nhiệm vụ hoàn thành đúng hạn, "
      + "quá hạn, đang thực hiện trong hạn, quá hạn theo đơn vị và theo cấp")
  @GetMapping
  public Rollup.Tree tree(@PathVariable Long incomingId) {
    if (!currentUser.isOverseer()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Chỉ chuyên viên theo dõi và lãnh đạo UBND tỉnh được xem tổng hợp toàn bộ.");
    }
    if (!documents.existsById(incomingId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản đến.");
    }
    return rollup.ofDirective(incomingId);
  }
}
