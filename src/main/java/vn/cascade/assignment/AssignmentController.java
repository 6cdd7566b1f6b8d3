package vn.cascade.assignment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.organisation.UnitRepository;
import vn.cascade.security.CurrentUser;

/**
 * Assignments and their timeliness. A unit's users see their unit's assignments only; the dispatching level
 * (the advisory unit), provincial leaders and Finance coordinators see all assignments of a dispatch.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Nhiệm vụ (assignments)")
class AssignmentController {

  private final AssignmentRepository assignments;
  private final AssignmentService assignmentService;
  private final DispatchRepository dispatches;
  private final UnitRepository units;
  private final CurrentUser currentUser;

  AssignmentController(AssignmentRepository assignments, AssignmentService assignmentService,
      DispatchRepository dispatches, UnitRepository units, CurrentUser currentUser) {
    this.assignments = assignments;
    this.assignmentService = assignmentService;
    this.dispatches = dispatches;
    this.units = units;
    this.currentUser = currentUser;
  }

  /** {@code dispatch} names the dispatch with its type and issuer ("Công văn số 01/UBND-KTTH của UBND huyện ..."). */
  record AssignmentView(Long id, Long dispatchId, String dispatchNumber, String dispatch, String unitCode,
      String unitName,
      LocalDate dueDate, AssignmentState state, Timeliness timeliness, String timelinessLabel, String specialist,
      String resultText, Instant completedAt, String processInstanceId) {}

  record DispatchView(Long id, String type, String typeName, String numberSymbol, String reference,
      LocalDate issuedOn, String summary, String issuerCode, String issuerName, String advisoryUnitCode,
      String status, List<AssignmentView> assignments) {}

  @Operation(summary = "Nhiệm vụ của đơn vị tôi")
  @GetMapping("/assignments")
  @Transactional(readOnly = true)
  public List<AssignmentView> mine() {
    String unit = currentUser.unitCode()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "Tài khoản không thuộc đơn vị nào."));
    return views(assignments.findByUnitCodeInOrderByDueDate(List.of(unit)));
  }

  @Operation(summary = "Văn bản giao nhiệm vụ và tình hình thực hiện của các đơn vị")
  @GetMapping("/dispatches/{id}")
  @Transactional(readOnly = true)
  public DispatchView dispatch(@PathVariable Long id) {
    Dispatch dispatch = dispatches.findById(id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản."));
    List<Assignment> all = assignments.findByDispatchIdOrderByUnitCode(id);
    boolean dispatcher = currentUser.isOverseer()
        || currentUser.unitCode().filter(u -> u.equals(dispatch.getAdvisoryUnitCode())).isPresent();
    List<Assignment> visible = dispatcher ? all
        : all.stream().filter(a -> currentUser.unitCode().filter(a.getUnitCode()::equals).isPresent()).toList();
    if (visible.isEmpty() && !dispatcher) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Bạn không có quyền xem văn bản này.");
    }
    String issuerName = units.findById(dispatch.getIssuerCode()).map(u -> u.getDisplayName()).orElse(null);
    return new DispatchView(dispatch.getId(), dispatch.type().name(), dispatch.type().label(),
        dispatch.getNumberSymbol(), reference(dispatch), dispatch.getIssuedOn(), dispatch.getSummary(),
        dispatch.getIssuerCode(), issuerName, dispatch.getAdvisoryUnitCode(), dispatch.getStatus().name(),
        views(visible));
  }

  /** "Kế hoạch số 12/KH-UBND của Ủy ban nhân dân tỉnh Kon Tum"; null before it is numbered. */
  private String reference(Dispatch dispatch) {
    return dispatch.getNumberSymbol() == null ? null : dispatch.type().reference(dispatch.getNumberSymbol(),
        units.findById(dispatch.getIssuerCode()).map(u -> u.getDisplayName()).orElse(null));
  }

  /** One query for the units and one per distinct dispatch, however many assignments (a dispatch to 4,000). */
  private List<AssignmentView> views(List<Assignment> list) {
    java.util.Map<String, String> names = new java.util.HashMap<>();
    units.findByCodeIn(list.stream().map(Assignment::getUnitCode).distinct().toList())
        .forEach(u -> names.put(u.getCode(), u.getDisplayName()));
    java.util.Map<Long, Dispatch> byId = new java.util.HashMap<>();
    java.util.Map<Long, String> references = new java.util.HashMap<>();
    return list.stream().map(a -> {
      Timeliness t = assignmentService.timeliness(a);
      Dispatch d = byId.computeIfAbsent(a.getDispatchId(), id -> dispatches.findById(id).orElse(null));
      String number = d == null || d.getNumberSymbol() == null ? "" : d.getNumberSymbol();
      String reference = d == null ? null : references.computeIfAbsent(d.getId(), id -> reference(d));
      return new AssignmentView(a.getId(), a.getDispatchId(), number, reference, a.getUnitCode(),
          names.get(a.getUnitCode()),
          a.getDueDate(), a.getState(), t, t.label(), a.getSpecialist(), a.getResultText(), a.getCompletedAt(),
          a.getProcessInstanceId());
    }).toList();
  }
}
