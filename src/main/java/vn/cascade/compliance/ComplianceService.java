package vn.cascade.compliance;

import java.text.Collator;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.cascade.assignment.Assignment;
import vn.cascade.assignment.AssignmentRepository;
import vn.cascade.assignment.AssignmentService;
import vn.cascade.assignment.AssignmentState;
import vn.cascade.assignment.Timeliness;
import vn.cascade.calendar.WorkingDayCalendar;
import vn.cascade.common.EngineClock;
import vn.cascade.directive.IncomingDocument;
import vn.cascade.directive.IncomingDocumentRepository;
import vn.cascade.dispatch.Dispatch;
import vn.cascade.dispatch.DispatchRepository;
import vn.cascade.organisation.Groups;
import vn.cascade.organisation.Unit;
import vn.cascade.organisation.UnitRepository;
import vn.cascade.organisation.UserDirectory;

/**
 * The coordinator's desk: every directive with its tree of unit assignments (any depth), counted in the four
 * official categories per unit and per level, and the per-period summary across directives. Built on the rows the
 * cycle writes (incoming documents, dispatches, assignments); what a viewer sees is cut to their part
 * ({@link Viewer}).
 */
@Service
public class ComplianceService {

  /** A directive's state, as the list shows and filters it. */
  public enum DirectiveState {
    NOT_DISPATCHED("Chưa giao nhiệm vụ"),
    IN_PROGRESS("Đang thực hiện"),
    OVERDUE("Có nhiệm vụ quá hạn"),
    COMPLETED("Đã hoàn thành");

    private final String label;

    DirectiveState(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record DirectiveRow(Long id, String numberSymbol, String issuerCode, String issuerName, LocalDate issuedOn,
      String summary, LocalDate centralDeadline, List<String> dispatchNumbers, LocalDate dispatchedOn,
      DirectiveState state, String stateLabel, Counts counts, String processInstanceId) {}

  public record Node(Long assignmentId, String unitCode, String unitName, int level, String dispatchNumber,
      LocalDate dueDate, AssignmentState state, String stateLabel, Timeliness timeliness, String timelinessLabel,
      boolean overdue, long daysOverdue, LocalDate completedOn, String responsible, String processInstanceId,
      String taskId, String taskName, String subDispatch, Counts counts, List<Node> children) {}

  public record UnitLine(String unitCode, String unitName, Counts counts) {}

  public record DirectiveDetail(DirectiveRow directive, List<Node> nodes, Map<Integer, Counts> perLevel,
      List<UnitLine> perUnit) {}

  public record Summary(String period, String periodLabel, LocalDate from, LocalDate to, long directives,
      Counts total, List<UnitLine> units) {}

  /** The list's filters; each may be null (no filter). */
  public record Filter(String issuer, CompliancePeriod period, DirectiveState state) {}

  private static final Map<AssignmentState, String> STATE_LABELS = Map.of(
      AssignmentState.RECEIVED, "Chờ phân công chuyên viên",
      AssignmentState.IN_PROGRESS, "Đang thực hiện",
      AssignmentState.IN_REVIEW, "Chờ lãnh đạo đơn vị duyệt",
      AssignmentState.COMPLETED, "Đã hoàn thành");

  private final IncomingDocumentRepository incoming;
  private final DispatchRepository dispatches;
  private final AssignmentRepository assignments;
  private final AssignmentService assignmentService;
  private final UserDirectory directory;
  private final UnitRepository units;
  private final Groups groups;
  private final TaskService taskService;
  private final EngineClock clock;

  ComplianceService(IncomingDocumentRepository incoming, DispatchRepository dispatches,
      AssignmentRepository assignments, AssignmentService assignmentService, UserDirectory directory,
      UnitRepository units, Groups groups, TaskService taskService, EngineClock clock) {
    this.incoming = incoming;
    this.dispatches = dispatches;
    this.assignments = assignments;
    this.assignmentService = assignmentService;
    this.directory = directory;
    this.units = units;
    this.groups = groups;
    this.taskService = taskService;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<DirectiveRow> directives(Viewer viewer, Filter filter) {
    Snapshot s = new Snapshot();
    List<DirectiveRow> rows = new ArrayList<>();
    for (IncomingDocument doc : s.documents) {
      if (filter.issuer() != null && !filter.issuer().equalsIgnoreCase(doc.getIssuerCode())) {
        continue;
      }
      List<Raw> visible = s.visible(doc.getId(), viewer);
      if (visible == null) {
        continue;
      }
      DirectiveRow row = s.row(doc, visible);
      if (filter.period() != null && !filter.period().contains(row.dispatchedOn() != null ? row.dispatchedOn()
          : row.issuedOn())) {
        continue;
      }
      if (filter.state() != null && filter.state() != row.state()) {
        continue;
      }
      rows.add(row);
    }
    rows.sort(Comparator.comparing((DirectiveRow r) -> r.dispatchedOn() != null ? r.dispatchedOn() : r.issuedOn(),
        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(DirectiveRow::id, Comparator.reverseOrder()));
    return rows;
  }

  @Transactional(readOnly = true)
  public DirectiveDetail directive(Viewer viewer, Long incomingId) {
    Snapshot s = new Snapshot();
    IncomingDocument doc = s.documents.stream().filter(d -> d.getId().equals(incomingId)).findFirst()
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản chỉ đạo."));
    List<Raw> visible = s.visible(incomingId, viewer);
    if (visible == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          "Đơn vị của bạn không được giao nhiệm vụ nào của văn bản này; chỉ xem được phần việc của đơn vị mình.");
    }
    Map<String, Task> tasks = openTasks(visible);
    java.util.Set<String> unitGroups = new java.util.HashSet<>();
    walk(visible, r -> {
      unitGroups.add(groups.leaders(r.assignment.getUnitCode()));
      unitGroups.add(groups.staff(r.assignment.getUnitCode()));
    });
    directory.preload(unitGroups);
    Map<String, String> responsible = new HashMap<>();
    List<Node> nodes = visible.stream().map(r -> s.node(r, tasks, responsible)).toList();
    Map<Integer, Counts.Tally> perLevel = new TreeMap<>();
    Map<String, Counts.Tally> perUnit = new LinkedHashMap<>();
    walk(visible, r -> {
      perLevel.computeIfAbsent(r.level, k -> new Counts.Tally()).add(r.timeliness);
      perUnit.computeIfAbsent(r.assignment.getUnitCode(), k -> new Counts.Tally()).add(r.timeliness);
    });
    Map<Integer, Counts> levels = new LinkedHashMap<>();
    perLevel.forEach((level, tally) -> levels.put(level, tally.counts()));
    return new DirectiveDetail(s.row(doc, visible), nodes, levels, s.lines(perUnit));
  }

  /** Every task assigned in the period (the date the unit received it), in its category today. */
  @Transactional(readOnly = true)
  public Summary summary(Viewer viewer, CompliancePeriod period) {
    Snapshot s = new Snapshot();
    Counts.Tally total = new Counts.Tally();
    Map<String, Counts.Tally> perUnit = new HashMap<>();
    long directives = 0;
    for (IncomingDocument doc : s.documents) {
      List<Raw> visible = s.visible(doc.getId(), viewer);
      if (visible == null) {
        continue;
      }
      long[] counted = {0};
      walk(visible, r -> {
        if (period.contains(WorkingDayCalendar.dateOf(r.assignment.getCreatedAt()))) {
          total.add(r.timeliness);
          perUnit.computeIfAbsent(r.assignment.getUnitCode(), k -> new Counts.Tally()).add(r.timeliness);
          counted[0]++;
        }
      });
      if (counted[0] > 0) {
        directives++;
      }
    }
    List<UnitLine> lines = new ArrayList<>(s.lines(perUnit));
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    lines.sort(Comparator.comparing(UnitLine::unitName, vietnamese));
    return new Summary(period.code(), period.label(), period.from(), period.to(), directives, total.counts(), lines);
  }

  /** The open tasks of the tree's open assignments that the viewer's authorizations let them see. */
  private Map<String, Task> openTasks(List<Raw> roots) {
    List<String> pids = new ArrayList<>();
    walk(roots, r -> {
      if (r.assignment.getState() != AssignmentState.COMPLETED && r.assignment.getProcessInstanceId() != null) {
        pids.add(r.assignment.getProcessInstanceId());
      }
    });
    Map<String, Task> result = new HashMap<>();
    for (int i = 0; i < pids.size(); i += 500) {
      List<String> chunk = pids.subList(i, Math.min(pids.size(), i + 500));
      for (Task task : taskService.createTaskQuery().processInstanceIdIn(chunk.toArray(String[]::new)).active()
          .orderByTaskCreateTime().asc().list()) {
        result.putIfAbsent(task.getProcessInstanceId(), task);
      }
    }
    return result;
  }

  private static void walk(Collection<Raw> nodes, Consumer<Raw> visit) {
    for (Raw n : nodes) {
      visit.accept(n);
      walk(n.children, visit);
    }
  }

  /** One assignment in the tree, before it is shown. */
  private static final class Raw {
    final Assignment assignment;
    final Dispatch dispatch;
    final Dispatch sub;
    final int level;
    final Timeliness timeliness;
    final List<Raw> children = new ArrayList<>();

    Raw(Assignment assignment, Dispatch dispatch, Dispatch sub, int level, Timeliness timeliness) {
      this.assignment = assignment;
      this.dispatch = dispatch;
      this.sub = sub;
      this.level = level;
      this.timeliness = timeliness;
    }
  }

  /** The rows of one request, read once, indexed for the trees. */
  private final class Snapshot {
    final List<IncomingDocument> documents = incoming.findAll();
    final Map<Long, List<Dispatch>> rootsByIncoming = new HashMap<>();
    final Map<Long, Dispatch> subByParent = new HashMap<>();
    final Map<Long, List<Assignment>> byDispatch = new HashMap<>();
    final Map<String, String> unitNames = new HashMap<>();
    final LocalDate today = clock.today();

    Snapshot() {
      for (Dispatch d : dispatches.findAll()) {
        if (d.getParentAssignmentId() == null) {
          rootsByIncoming.computeIfAbsent(d.getIncomingId(), k -> new ArrayList<>()).add(d);
        } else {
          subByParent.put(d.getParentAssignmentId(), d);
        }
      }
      for (Assignment a : assignments.findAll()) {
        byDispatch.computeIfAbsent(a.getDispatchId(), k -> new ArrayList<>()).add(a);
      }
      byDispatch.values().forEach(l -> l.sort(Comparator.comparing(Assignment::getUnitCode)));
      for (Unit unit : units.findAll()) {
        unitNames.put(unit.getCode(), unit.getDisplayName());
      }
    }

    List<Raw> tree(Long incomingId) {
      List<Raw> roots = new ArrayList<>();
      for (Dispatch d : rootsByIncoming.getOrDefault(incomingId, List.of())) {
        roots.addAll(nodes(d, 1));
      }
      return roots;
    }

    private List<Raw> nodes(Dispatch d, int level) {
      List<Raw> result = new ArrayList<>();
      for (Assignment a : byDispatch.getOrDefault(d.getId(), List.of())) {
        Dispatch sub = subByParent.get(a.getId());
        Raw raw = new Raw(a, d, sub, level, timeliness(a));
        if (sub != null && level < 50) {
          raw.children.addAll(nodes(sub, level + 1));
        }
        result.add(raw);
      }
      return result;
    }

    private Timeliness timeliness(Assignment a) {
      return assignmentService.timeliness(a);
    }

    /** The part of the directive's tree the viewer sees, or null when they see none of it. */
    List<Raw> visible(Long incomingId, Viewer viewer) {
      List<Raw> tree = tree(incomingId);
      if (viewer.everything()) {
        return tree;
      }
      List<Raw> own = new ArrayList<>();
      collectOwn(tree, viewer.unitCode(), own);
      return own.isEmpty() ? null : own;
    }

    private void collectOwn(List<Raw> nodes, String unitCode, List<Raw> own) {
      for (Raw n : nodes) {
        if (unitCode.equals(n.assignment.getUnitCode())) {
          own.add(n);
        } else {
          collectOwn(n.children, unitCode, own);
        }
      }
    }

    DirectiveRow row(IncomingDocument doc, List<Raw> visible) {
      Counts.Tally tally = new Counts.Tally();
      walk(visible, r -> tally.add(r.timeliness));
      Counts counts = tally.counts();
      List<Dispatch> roots = rootsByIncoming.getOrDefault(doc.getId(), List.of());
      List<String> numbers = roots.stream().map(Dispatch::getNumberSymbol).filter(Objects::nonNull).toList();
      LocalDate dispatchedOn = roots.stream().map(Dispatch::getIssuedOn).filter(Objects::nonNull)
          .min(Comparator.naturalOrder()).orElse(null);
      DirectiveState state = counts.assigned() == 0 ? DirectiveState.NOT_DISPATCHED
          : counts.openOverdue() > 0 ? DirectiveState.OVERDUE
          : counts.openWithinTerm() > 0 ? DirectiveState.IN_PROGRESS : DirectiveState.COMPLETED;
      return new DirectiveRow(doc.getId(), doc.getNumberSymbol(), doc.getIssuerCode(), unitName(doc.getIssuerCode()),
          doc.getIssuedOn(), doc.getSummary(), doc.getCentralDeadline(), numbers, dispatchedOn, state, state.label(),
          counts, doc.getProcessInstanceId());
    }

    Node node(Raw r, Map<String, Task> tasks, Map<String, String> responsible) {
      Assignment a = r.assignment;
      List<Node> children = r.children.stream().map(c -> node(c, tasks, responsible)).toList();
      Counts.Tally subtree = new Counts.Tally();
      walk(List.of(r), x -> subtree.add(x.timeliness));
      LocalDate completedOn = a.getCompletedAt() == null ? null : WorkingDayCalendar.dateOf(a.getCompletedAt());
      long daysOverdue = switch (r.timeliness) {
        case OPEN_OVERDUE -> ChronoUnit.DAYS.between(a.getDueDate(), today);
        case COMPLETED_LATE -> ChronoUnit.DAYS.between(a.getDueDate(), completedOn);
        default -> 0;
      };
      boolean open = a.getState() != AssignmentState.COMPLETED;
      Task task = open ? tasks.get(a.getProcessInstanceId()) : null;
      String who = a.getSpecialist() != null
          ? responsible.computeIfAbsent("user:" + a.getSpecialist(), k -> directory.find(a.getSpecialist())
              .map(UserDirectory::fullName).orElse(a.getSpecialist()))
          : responsible.computeIfAbsent("unit:" + a.getUnitCode(), k -> leaders(a.getUnitCode()));
      return new Node(a.getId(), a.getUnitCode(), unitName(a.getUnitCode()), r.level, r.dispatch.getNumberSymbol(),
          a.getDueDate(), a.getState(), STATE_LABELS.get(a.getState()), r.timeliness, r.timeliness.label(),
          r.timeliness == Timeliness.OPEN_OVERDUE, daysOverdue, completedOn, who,
          open ? a.getProcessInstanceId() : null, task == null ? null : task.getId(),
          task == null ? null : task.getName(), r.sub == null ? null : r.sub.getNumberSymbol(), subtree.counts(),
          children);
    }

    private String leaders(String unitCode) {
      List<String> names = directory.members(groups.leaders(unitCode)).stream().map(UserDirectory::fullName)
          .sorted().toList();
      return names.isEmpty() ? "Lãnh đạo đơn vị" : "Lãnh đạo đơn vị: " + String.join(", ", names);
    }

    String unitName(String code) {
      return code == null ? null : unitNames.getOrDefault(code, unitNames.getOrDefault(code.toLowerCase(), code));
    }

    List<UnitLine> lines(Map<String, Counts.Tally> perUnit) {
      List<UnitLine> lines = new ArrayList<>();
      perUnit.forEach((code, tally) -> lines.add(new UnitLine(code, unitName(code), tally.counts())));
      return lines;
    }
  }
}
